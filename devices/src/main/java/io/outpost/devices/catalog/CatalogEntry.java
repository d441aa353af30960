package io.outpost.devices.catalog;

import io.outpost.devices.serial.UsbId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a USB id usually is: the families to try first, at which baud rates, whether Outpost may write
 * probe commands to it without being asked, and whether DTR/RTS must stay low (ESP32 boards reset otherwise).
 * {@code usb} is empty for a port known by its path rather than its USB id (an emulated device the app started).
 */
public record CatalogEntry(Optional<UsbId> usb, String what, List<DeviceFamily> families, List<Integer> baudRates,
                           boolean mayWrite, boolean holdControlLinesLow) {
    public CatalogEntry {
        usb = Objects.requireNonNullElse(usb, Optional.empty());
        families = List.copyOf(families);
        baudRates = List.copyOf(baudRates);
    }
}
