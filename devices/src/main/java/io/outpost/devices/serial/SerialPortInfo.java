package io.outpost.devices.serial;

import java.util.Objects;
import java.util.Optional;

/**
 * A serial port as the operating system lists it. Text fields the system does not know are empty strings;
 * USB ids are present only for USB ports. {@code location} is the physical USB port (bus and hub path), which
 * stays the same when a device without a serial number is plugged back into the same socket.
 */
public record SerialPortInfo(String systemPath, String description, String manufacturer, Optional<UsbId> usbId,
                             String serialNumber, String location) {
    public SerialPortInfo {
        Objects.requireNonNull(systemPath, "systemPath");
        description = Objects.requireNonNullElse(description, "");
        manufacturer = Objects.requireNonNullElse(manufacturer, "");
        usbId = Objects.requireNonNullElse(usbId, Optional.empty());
        serialNumber = Objects.requireNonNullElse(serialNumber, "");
        location = Objects.requireNonNullElse(location, "");
    }

    /** A port known only by its path (a pty, or a port the user typed in). */
    public static SerialPortInfo ofPath(String systemPath) {
        return new SerialPortInfo(systemPath, "", "", Optional.empty(), "", "");
    }
}
