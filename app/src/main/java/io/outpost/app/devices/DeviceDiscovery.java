package io.outpost.app.devices;

import io.outpost.devices.catalog.UsbCatalog;
import io.outpost.devices.serial.SerialPortInfo;
import io.outpost.devices.serial.SerialPortScanner;
import java.util.List;

/** Lists this computer's serial ports with a guess of what is behind each. Blocks: call it off the UI thread. */
public final class DeviceDiscovery {
    private final SerialPortScanner scanner;
    private final UsbCatalog catalog;

    public DeviceDiscovery(SerialPortScanner scanner, UsbCatalog catalog) {
        this.scanner = scanner;
        this.catalog = catalog;
    }

    public List<DiscoveredPort> list() {
        return describe(scanner.listPorts());
    }

    /** The catalog's guess for each of {@code ports}; reads nothing from the system. */
    public List<DiscoveredPort> describe(List<SerialPortInfo> ports) {
        return ports.stream().map(port -> new DiscoveredPort(port, port.usbId().flatMap(catalog::lookup))).toList();
    }
}
