package io.outpost.app.devices;

import io.outpost.devices.catalog.UsbCatalog;
import io.outpost.devices.diagnose.ProcessTable;
import io.outpost.devices.families.DeviceFamilies;
import io.outpost.devices.probe.DeviceProber;
import io.outpost.devices.serial.JSerialCommPorts;
import io.outpost.devices.serial.JSerialCommScanner;
import io.outpost.devices.serial.SerialPortScanner;
import io.outpost.devices.serial.SerialPorts;
import java.nio.file.Path;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;

/**
 * The device side of the composition root: what lists, names, identifies, opens and follows serial devices.
 * Ports are opened through {@link PortClaims}: what the user asks for (the wizard, a probe) takes a port from
 * the background listeners (the heartbeat relay, the sensors' attestation), which take it back afterwards.
 */
public final class DeviceServices {
    private final ExtraPorts extraPorts = new ExtraPorts();
    private final DeviceFamilies families = new DeviceFamilies();
    private final SerialPortScanner scanner;
    private final UsbCatalog catalog;
    private final DeviceDiscovery discovery;
    private final SerialPorts ports;
    private final DeviceProbing probing;
    private final DeviceWatching watching;
    private final DeviceWatching watchingForUser;
    private final PortMonitoring monitoring;

    /**
     * @param userCatalog the user's own USB catalog additions (a JSON file, may be missing)
     * @param frames      every frame the background listeners parse (the relay picks the heartbeats)
     */
    public DeviceServices(String osName, Path userCatalog, Path proc, ScheduledExecutorService scheduler,
                          Consumer<Object> frames) {
        this.scanner = extraPorts.plus(new JSerialCommScanner(osName));
        this.catalog = UsbCatalog.withUserFile(userCatalog);
        this.discovery = new DeviceDiscovery(scanner, catalog, extraPorts);
        PortClaims claims = new PortClaims(extraPorts.opening(new JSerialCommPorts()));
        this.ports = claims.foreground();
        this.probing = new DeviceProbing(scanner, catalog, new DeviceProber(ports, families::recognizers,
                families.identifiers()), new ProcessTable(proc));
        this.watching = new DeviceWatching(claims.background(), families, frames);
        this.watchingForUser = new DeviceWatching(ports, families, frame -> { });
        this.monitoring = new PortMonitoring(scanner, discovery, scheduler);
    }

    /** Ports the app adds to the plugged-in ones itself: the demo's emulated devices. */
    public ExtraPorts extraPorts() {
        return extraPorts;
    }

    public DeviceFamilies families() {
        return families;
    }

    /** Every serial port of this computer, and the extra ones. */
    public SerialPortScanner scanner() {
        return scanner;
    }

    public UsbCatalog catalog() {
        return catalog;
    }

    public DeviceDiscovery discovery() {
        return discovery;
    }

    /** Opens a port for what the user asked for: a background listener on it lets go first. */
    public SerialPorts ports() {
        return ports;
    }

    public DeviceProbing probing() {
        return probing;
    }

    /** Follows devices in the background (it yields a port the user opens). */
    public DeviceWatching watching() {
        return watching;
    }

    /** Follows a device for the user (the onboarding wizard's sensor): the port is theirs while it is held. */
    public DeviceWatching watchingForUser() {
        return watchingForUser;
    }

    public PortMonitoring monitoring() {
        return monitoring;
    }
}
