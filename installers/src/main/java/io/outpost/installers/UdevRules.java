package io.outpost.installers;

import io.outpost.devices.catalog.CatalogEntry;
import io.outpost.devices.serial.UsbId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The udev rule the Linux packages install, made from the device catalog the app itself uses, so the two
 * cannot disagree. For each USB id of a supported device family: whoever is logged in at the computer's screen
 * may open its serial port ({@code uaccess}; others need the distribution's serial group, dialout or uucp),
 * and ModemManager leaves it alone ({@code ID_MM_DEVICE_IGNORE}) instead of sending modem commands to a GNSS
 * receiver or a sensor. Numbered 60 so that the tag is in before 73-seat-late.rules hands out access.
 */
final class UdevRules {
    static final String FILE_NAME = "60-outpost.rules";

    private UdevRules() {
    }

    static String of(List<CatalogEntry> catalog) {
        StringBuilder rules = new StringBuilder("""
                # Outpost: the USB serial devices it supports (made from its device catalog when it was built).
                # Whoever is logged in at this computer's screen may open them; ModemManager leaves them alone.
                ACTION=="remove", GOTO="outpost_end"
                SUBSYSTEM!="tty", GOTO="outpost_end"
                """);
        catalog.stream()
                .filter(entry -> !entry.families().isEmpty() && entry.usb().isPresent())
                .sorted(Comparator.comparing(entry -> entry.usb().orElseThrow().toString()))
                .forEach(entry -> {
                    UsbId id = entry.usb().orElseThrow();
                    rules.append("# ").append(entry.what()).append('\n')
                            .append(String.format(Locale.ROOT, "ATTRS{idVendor}==\"%04x\", ATTRS{idProduct}==\"%04x\", "
                                    + "ENV{ID_MM_DEVICE_IGNORE}=\"1\", TAG+=\"uaccess\"\n", id.vendorId(), id.productId()));
                });
        return rules.append("LABEL=\"outpost_end\"\n").toString();
    }
}
