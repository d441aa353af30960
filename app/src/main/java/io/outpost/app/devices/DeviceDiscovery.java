package io.outpost.app.devices;

import io.outpost.devices.catalog.UsbCatalog;
import io.outpost.devices.serial.SerialPortInfo;
import io.outpost.devices.serial.SerialPortScanner;
import java.util.List;

/** Lists this computer's serial ports with a guess of what is behind each. Blocks: call it off the UI thread. */
public final class DeviceDiscovery {
    private final SerialPortScanner scanner;
    private final UsbCatalog catalog;
    private final ExtraPorts extras;

    public DeviceDiscovery(SerialPortScanner scanner, UsbCatalog catalog) {
        this(scanner, catalog, new ExtraPorts());
    }

    /** @param extras ports the app added itself (the demo's emulated devices), which say themselves what they are */
    public DeviceDiscovery(SerialPortScanner scanner, UsbCatalog catalog, ExtraPorts extras) {
        this.scanner = scanner;
        this.catalog = catalog;
        this.extras = extras;
    }

    public List<DiscoveredPort> list() {
        return describe(scanner.listPorts());
    }

    /** The catalog's guess for each of {@code ports}; reads nothing from the system. */
    public List<DiscoveredPort> describe(List<SerialPortInfo> ports) {
        return ports.stream().map(port -> new DiscoveredPort(port,
                extras.entry(port.systemPath()).or(() -> port.usbId().flatMap(catalog::lookup)))).toList();
    }

    /** Whether {@code port} is a device to a provider: a USB one, or one the app added; built-in ports are not. */
    public boolean isDevice(SerialPortInfo port) {
        return port.usbId().isPresent() || extras.entry(port.systemPath()).isPresent();
    }
}
