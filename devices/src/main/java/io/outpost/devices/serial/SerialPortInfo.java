package io.outpost.devices.serial;

import java.util.Objects;

/** A serial port as the operating system lists it; fields the system does not know are empty strings. */
public record SerialPortInfo(String systemPath, String description, String manufacturer) {
    public SerialPortInfo {
        Objects.requireNonNull(systemPath, "systemPath");
        description = Objects.requireNonNullElse(description, "");
        manufacturer = Objects.requireNonNullElse(manufacturer, "");
    }
}
