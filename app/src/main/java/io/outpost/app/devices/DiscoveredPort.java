package io.outpost.app.devices;

import io.outpost.devices.catalog.CatalogEntry;
import io.outpost.devices.serial.SerialPortInfo;
import java.util.Optional;

/** A serial port and what the USB catalog says it likely is. */
public record DiscoveredPort(SerialPortInfo port, Optional<CatalogEntry> likely) {
}
