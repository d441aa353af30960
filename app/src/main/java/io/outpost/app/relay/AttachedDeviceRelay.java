package io.outpost.app.relay;

import io.outpost.app.devices.DeviceWatching;
import io.outpost.app.devices.DiscoveredPort;
import io.outpost.devices.catalog.CatalogEntry;
import io.outpost.devices.catalog.DeviceFamily;
import io.outpost.devices.serial.LineSettings;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listens to every plugged-in port that the USB catalog knows only as an Outpost device, so its heartbeats
 * reach the relay while the app runs. It only listens (an ODP device sends heartbeats on its own) and lets
 * go of a port when it is pulled out. Ports that may be other devices too (a CP210x bridge is often a GNSS
 * receiver) are left alone: holding them open would take them from the tools their owners use.
 */
public final class AttachedDeviceRelay implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AttachedDeviceRelay.class);
    private static final LineSettings ODP_LINE = LineSettings.eightNOne(115200);

    private final DeviceWatching watching;
    private final Map<String, AutoCloseable> sessions = new HashMap<>();
    private Set<String> pluggedOdp = Set.of();
    private Set<String> onboardedHere = Set.of();

    public AttachedDeviceRelay(DeviceWatching watching) {
        this.watching = watching;
    }

    /** Takes the current list of plugged-in ports (from the hot-plug monitor). */
    public synchronized void plugged(List<DiscoveredPort> ports) {
        pluggedOdp = ports.stream()
                .filter(port -> port.likely().map(CatalogEntry::families).orElse(List.of()).equals(List.of(DeviceFamily.ODP)))
                .map(port -> port.port().systemPath())
                .collect(Collectors.toSet());
        refresh();
    }

    /**
     * Also listens to the ports Outpost devices were onboarded on here, whatever the USB catalog says of them (a
     * bridge chip shared with other devices, an emulator's pty): the owner showed they are Outpost devices.
     */
    public synchronized void alsoListenTo(Set<String> ports) {
        onboardedHere = Set.copyOf(ports);
        refresh();
    }

    // Listens to what should be listened to, and lets go of the rest. A port the user opens (the wizard) is
    // yielded by the session itself, which takes it back afterwards (PortClaims).
    private synchronized void refresh() {
        Set<String> wanted = new HashSet<>(pluggedOdp);
        wanted.addAll(onboardedHere);
        sessions.keySet().removeIf(path -> {
            if (wanted.contains(path)) {
                return false;
            }
            closeQuietly(path, sessions.get(path));
            return true;
        });
        for (String path : wanted) {
            sessions.computeIfAbsent(path, p -> {
                LOG.info("Relaying the heartbeats of the Outpost device on {}", p);
                return watching.watch(p, DeviceFamily.ODP, ODP_LINE, event -> { });
            });
        }
    }

    public synchronized Set<String> listening() {
        return Set.copyOf(sessions.keySet());
    }

    // All at once: each waits a moment for its thread to end, which for a hundred devices would add up.
    @Override
    public synchronized void close() {
        try (ExecutorService closing = Executors.newVirtualThreadPerTaskExecutor()) {
            sessions.forEach((path, session) -> closing.execute(() -> closeQuietly(path, session)));
        }
        sessions.clear();
        pluggedOdp = Set.of();
        onboardedHere = Set.of();
    }

    private void closeQuietly(String path, AutoCloseable session) {
        try {
            session.close();
        } catch (Exception e) {
            LOG.warn("Could not close the session on {}", path, e);
        }
    }
}
