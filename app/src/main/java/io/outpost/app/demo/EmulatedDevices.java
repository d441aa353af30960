package io.outpost.app.demo;

import io.outpost.app.devices.ExtraPorts;
import io.outpost.devices.catalog.DeviceFamily;
import io.outpost.devices.emulate.Emulator;
import io.outpost.devices.families.DeviceFamilies;
import io.outpost.devices.serial.InMemoryLinks;
import io.outpost.devices.serial.LineSettings;
import io.outpost.devices.serial.PortOpenException;
import io.outpost.devices.serial.PtyPair;
import io.outpost.devices.serial.SerialLink;
import io.outpost.devices.serial.SerialPorts;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import org.slf4j.LoggerFactory;

/**
 * Devices in software for the demo, each added to the app's plugged-in ports under a friendly name. On a pty
 * pair (socat) the device is a real serial port that any program can open; without socat it lives in memory,
 * where only this program reaches it, and every open of its port starts a fresh emulator on a new link (the
 * ODP hotspot keeps its key in the state folder, so it stays the same device). Closing stops everything.
 */
public final class EmulatedDevices implements AutoCloseable {
    /** Where the emulated devices live: on pseudo-terminals, or in this program's memory. */
    public enum Where { PTY, MEMORY }

    /** One emulated device: what it is, its name in the app, and the port the app opens. */
    public record Device(DeviceFamily family, String name, String port) {
    }

    private final DeviceFamilies families;
    private final SerialPorts ports;
    private final ExtraPorts extras;
    private final Path folder;
    private final Where where;
    private final Deque<AutoCloseable> running = new ArrayDeque<>();

    /**
     * @param ports  opens the device end of a pty pair
     * @param folder holds the ptys' links and the emulators' state (the hotspot's key)
     */
    public EmulatedDevices(DeviceFamilies families, SerialPorts ports, ExtraPorts extras, Path folder, Where where) {
        this.families = families;
        this.ports = ports;
        this.extras = extras;
        this.folder = folder;
        this.where = where;
    }

    public Where where() {
        return where;
    }

    /** Starts a device of {@code family} named {@code name}, and lists it among the plugged-in ports. */
    public synchronized Device start(DeviceFamily family, String name) throws IOException {
        LineSettings line = families.lineSettings(family);
        String port;
        if (where == Where.PTY) {
            port = onPty(family, line);
            extras.add(port, name, family, line.baudRate());
        } else {
            port = "emulated:" + family.id();
            extras.addInMemory(port, name, family, line.baudRate(), (path, settings) -> inMemory(family, path));
        }
        running.push(() -> extras.remove(port));
        return new Device(family, name, port);
    }

    private String onPty(DeviceFamily family, LineSettings line) throws IOException {
        Path hostEnd = folder.resolve(family.id());
        PtyPair pair = PtyPair.start(hostEnd.resolveSibling(family.id() + ".device"), hostEnd);
        running.push(pair);
        try {
            SerialLink deviceLine = ports.open(pair.deviceEnd().toString(), line);
            running.push(deviceLine);
            serve(family, deviceLine);
        } catch (PortOpenException e) {
            throw new IOException("the emulator could not open " + pair.deviceEnd() + ": " + e.reason(), e);
        }
        return hostEnd.toString();
    }

    // A link of its own for each open, with an emulator of its own: closing the app's end ends both.
    private synchronized SerialLink inMemory(DeviceFamily family, String path) throws PortOpenException {
        InMemoryLinks links = new InMemoryLinks(path);
        try {
            serve(family, links.device());
        } catch (IOException e) {
            throw new PortOpenException(path, PortOpenException.Reason.OTHER, e.getMessage());
        }
        running.push(links.device());
        return links.host();
    }

    private void serve(DeviceFamily family, SerialLink deviceLine) throws IOException {
        Emulator emulator = families.emulator(family, Optional.empty(), folder.resolve("state"));
        running.push(emulator::stop);
        Thread.ofPlatform().daemon().name("demo-" + family.id()).start(() -> emulator.serve(deviceLine));
    }

    /** Stops the emulators and removes their ports (socat removes the ptys' links). Safe to call twice. */
    @Override
    public synchronized void close() {
        while (!running.isEmpty()) {
            try {
                running.pop().close();
            } catch (Exception e) {
                LoggerFactory.getLogger(EmulatedDevices.class).warn("An emulated device did not stop cleanly", e);
            }
        }
    }
}
