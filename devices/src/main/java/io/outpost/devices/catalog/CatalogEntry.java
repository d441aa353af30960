package io.outpost.devices.catalog;

import io.outpost.devices.serial.UsbId;
import java.util.List;

/**
 * What a USB id usually is: the families to try first, at which baud rates, whether Outpost may write
 * probe commands to it without being asked, and whether DTR/RTS must stay low (ESP32 boards reset otherwise).
 */
public record CatalogEntry(UsbId usb, String what, List<DeviceFamily> families, List<Integer> baudRates,
                           boolean mayWrite, boolean holdControlLinesLow) {
    public CatalogEntry {
        families = List.copyOf(families);
        baudRates = List.copyOf(baudRates);
    }
}
