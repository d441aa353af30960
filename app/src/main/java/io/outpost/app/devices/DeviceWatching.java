package io.outpost.app.devices;

import io.outpost.devices.catalog.DeviceFamily;
import io.outpost.devices.families.DeviceFamilies;
import io.outpost.devices.probe.Identification;
import io.outpost.devices.serial.LineSettings;
import io.outpost.devices.serial.SerialPorts;
import io.outpost.devices.session.DeviceSession;
import io.outpost.devices.session.SessionListener;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Follows an identified device: every reading and every event (online, offline) as a map with a
 * {@code type}, handed to {@code sink} on the session's thread. Close the returned session to stop. Every
 * parsed frame also goes to {@code frames} (the heartbeat relay picks the ODP heartbeats out of them).
 */
public final class DeviceWatching {
    private final SerialPorts ports;
    private final DeviceFamilies families;
    private final Consumer<Object> frames;

    public DeviceWatching(SerialPorts ports, DeviceFamilies families, Consumer<Object> frames) {
        this.ports = ports;
        this.families = families;
        this.frames = frames;
    }

    public AutoCloseable watch(String path, Identification device, Consumer<Map<String, Object>> sink) {
        return watch(path, device.family(), device.line() != null ? device.line() : families.lineSettings(device.family()), sink);
    }

    /** Follows a port with the parser of {@code family} without identifying it first (it only listens). */
    public AutoCloseable watch(String path, DeviceFamily family, LineSettings settings, Consumer<Map<String, Object>> sink) {
        SessionListener<Object> listener = new SessionListener<>() {
            @Override
            public void online(String port) {
                sink.accept(event("online", port, null));
            }

            @Override
            public void frame(Object frame) {
                frames.accept(frame);
                families.describe(frame).ifPresent(sink);
            }

            @Override
            public void offline(String port, String reason) {
                sink.accept(event("offline", port, reason));
            }
        };
        return new DeviceSession<Object>(ports, path, settings, () -> families.parser(family), listener).start();
    }

    private static Map<String, Object> event(String type, String port, String reason) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("type", type);
        event.put("port", port);
        if (reason != null) {
            event.put("reason", reason);
        }
        return event;
    }
}
