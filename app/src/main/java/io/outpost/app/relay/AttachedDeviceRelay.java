package io.outpost.app.relay;

import io.outpost.app.devices.DeviceWatching;
import io.outpost.app.devices.DiscoveredPort;
import io.outpost.devices.catalog.CatalogEntry;
import io.outpost.devices.catalog.DeviceFamily;
import io.outpost.devices.serial.LineSettings;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    public AttachedDeviceRelay(DeviceWatching watching) {
        this.watching = watching;
    }

    /** Takes the current list of plugged-in ports (from the hot-plug monitor). */
    public synchronized void plugged(List<DiscoveredPort> ports) {
        Set<String> odpPorts = ports.stream()
                .filter(port -> port.likely().map(CatalogEntry::families).orElse(List.of()).equals(List.of(DeviceFamily.ODP)))
                .map(port -> port.port().systemPath())
                .collect(Collectors.toSet());
        sessions.keySet().removeIf(path -> {
            if (odpPorts.contains(path)) {
                return false;
            }
            closeQuietly(path, sessions.get(path));
            return true;
        });
        for (String path : odpPorts) {
            sessions.computeIfAbsent(path, p -> {
                LOG.info("Relaying the heartbeats of the Outpost device on {}", p);
                return watching.watch(p, DeviceFamily.ODP, ODP_LINE, event -> { });
            });
        }
    }

    public synchronized Set<String> listening() {
        return Set.copyOf(sessions.keySet());
    }

    @Override
    public synchronized void close() {
        sessions.forEach(this::closeQuietly);
        sessions.clear();
    }

    private void closeQuietly(String path, AutoCloseable session) {
        try {
            session.close();
        } catch (Exception e) {
            LOG.warn("Could not close the session on {}", path, e);
        }
    }
}
