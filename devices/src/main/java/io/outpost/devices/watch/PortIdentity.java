package io.outpost.devices.watch;

import io.outpost.devices.serial.SerialPortInfo;

/**
 * What makes a plugged-in device the same device next time. A USB serial number follows the device into any
 * socket; without one, the physical USB socket (port location) is the best the system offers, and the
 * session adds the protocol-level id (an ODP device address, an SDS011 id) once it has spoken to the device.
 */
public record PortIdentity(String key) {
    public static PortIdentity of(SerialPortInfo port) {
        if (port.usbId().isPresent() && !port.serialNumber().isBlank()) {
            return new PortIdentity("usb:" + port.usbId().get() + ":" + port.serialNumber());
        }
        if (port.usbId().isPresent() && !port.location().isBlank()) {
            return new PortIdentity("socket:" + port.usbId().get() + "@" + port.location());
        }
        return new PortIdentity("path:" + port.systemPath());
    }
}
