package io.outpost.app.devices;

import io.outpost.devices.catalog.CatalogEntry;
import io.outpost.devices.catalog.DeviceFamily;
import io.outpost.devices.serial.SerialPortInfo;
import io.outpost.devices.serial.SerialPortScanner;
import io.outpost.devices.serial.SerialPorts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Ports the composition root adds to what the app sees as plugged in, besides the system's serial ports: the
 * demo's emulated devices, on pseudo-terminals (which the system's port list leaves out) or in memory (where
 * there are none). Each comes with what it is, as the USB catalog would say it of a USB id, so the rest of the
 * app treats it like a recognised USB device. A pty is listed while its path exists; an in-memory port until
 * it is removed, and it is opened through its own {@link SerialPorts}.
 */
public final class ExtraPorts {
    private record Extra(CatalogEntry what, Optional<SerialPorts> opener) {
    }

    private final Map<String, Extra> ports = new LinkedHashMap<>();

    /** A port the system does not list (a pty), known to be {@code what}: a device of {@code family} at {@code baudRate}. */
    public synchronized void add(String path, String what, DeviceFamily family, int baudRate) {
        ports.put(path, new Extra(entry(what, family, baudRate), Optional.empty()));
    }

    /** A port that exists only in this program: every open of {@code path} goes to {@code opener}. */
    public synchronized void addInMemory(String path, String what, DeviceFamily family, int baudRate, SerialPorts opener) {
        ports.put(path, new Extra(entry(what, family, baudRate), Optional.of(opener)));
    }

    public synchronized void remove(String path) {
        ports.remove(path);
    }

    /** What the port at {@code path} is, when it was added here. */
    public synchronized Optional<CatalogEntry> entry(String path) {
        return Optional.ofNullable(ports.get(path)).map(Extra::what);
    }

    /** The ports of {@code system} followed by the extra ones present now. */
    public SerialPortScanner plus(SerialPortScanner system) {
        return () -> {
            List<SerialPortInfo> all = new ArrayList<>(system.listPorts());
            Set<String> listed = all.stream().map(SerialPortInfo::systemPath).collect(Collectors.toSet());
            all.addAll(present().stream().filter(port -> !listed.contains(port.systemPath())).toList());
            return List.copyOf(all);
        };
    }

    /** Opens an in-memory port through its own opener, and every other path through {@code system}. */
    public SerialPorts opening(SerialPorts system) {
        return (path, settings) -> {
            Optional<SerialPorts> own;
            synchronized (this) {
                own = Optional.ofNullable(ports.get(path)).flatMap(Extra::opener);
            }
            return own.orElse(system).open(path, settings);
        };
    }

    private synchronized List<SerialPortInfo> present() {
        return ports.entrySet().stream()
                .filter(port -> port.getValue().opener().isPresent() || Files.exists(Path.of(port.getKey())))
                .map(port -> new SerialPortInfo(port.getKey(), port.getValue().what().what(), "", Optional.empty(), "", ""))
                .toList();
    }

    private static CatalogEntry entry(String what, DeviceFamily family, int baudRate) {
        // The app started the device itself, so it knows what it is: probing may write to it at once.
        return new CatalogEntry(Optional.empty(), what, List.of(family), List.of(baudRate), true, false);
    }
}
