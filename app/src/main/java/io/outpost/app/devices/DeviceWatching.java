package io.outpost.app.devices;

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
 * {@code type}, handed to {@code sink} on the session's thread. Close the returned session to stop.
 */
public final class DeviceWatching {
    private final SerialPorts ports;
    private final DeviceFamilies families;

    public DeviceWatching(SerialPorts ports, DeviceFamilies families) {
        this.ports = ports;
        this.families = families;
    }

    public AutoCloseable watch(String path, Identification device, Consumer<Map<String, Object>> sink) {
        LineSettings settings = device.line() != null ? device.line() : families.lineSettings(device.family());
        SessionListener<Object> listener = new SessionListener<>() {
            @Override
            public void online(String port) {
                sink.accept(event("online", port, null));
            }

            @Override
            public void frame(Object frame) {
                families.describe(frame).ifPresent(sink);
            }

            @Override
            public void offline(String port, String reason) {
                sink.accept(event("offline", port, reason));
            }
        };
        return new DeviceSession<Object>(ports, path, settings, () -> families.parser(device.family()), listener).start();
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
