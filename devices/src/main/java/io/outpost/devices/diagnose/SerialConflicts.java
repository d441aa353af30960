package io.outpost.devices.diagnose;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Services known to grab serial devices on Linux: ModemManager probes new ttyACM/ttyUSB ports with AT
 * commands (and can hold them for seconds), and brltty claims CH340/CP210x adapters as Braille displays
 * (Ubuntu 22.04 and later), so their port never appears.
 */
public final class SerialConflicts {
    /** The services Outpost knows about, by process name. */
    public enum Service { MODEM_MANAGER, BRLTTY }

    private static final Set<String> MODEM_MANAGER_NAMES = Set.of("modemmanager");
    private static final Set<String> BRLTTY_NAMES = Set.of("brltty");

    private SerialConflicts() {
    }

    public static List<Service> running(List<RunningProcess> processes) {
        return List.of(Service.values()).stream()
                .filter(service -> processes.stream().anyMatch(p -> matches(service, p.name())))
                .toList();
    }

    private static boolean matches(Service service, String processName) {
        String name = processName.toLowerCase(Locale.ROOT);
        return switch (service) {
            case MODEM_MANAGER -> MODEM_MANAGER_NAMES.contains(name);
            case BRLTTY -> BRLTTY_NAMES.contains(name);
        };
    }
}
