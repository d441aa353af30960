package io.outpost.devices.serial;

import java.util.Locale;

/** A USB vendor and product id, written as {@code 10c4:ea60} like lsusb does. */
public record UsbId(int vendorId, int productId) {
    public UsbId {
        if (vendorId < 0 || vendorId > 0xFFFF || productId < 0 || productId > 0xFFFF) {
            throw new IllegalArgumentException("USB ids are 16-bit: " + vendorId + ":" + productId);
        }
    }

    /** Parses {@code vvvv:pppp} (hex, case-insensitive). */
    public static UsbId parse(String text) {
        String[] parts = text.trim().split(":");
        if (parts.length != 2 || !parts[0].matches("[0-9a-fA-F]{4}") || !parts[1].matches("[0-9a-fA-F]{4}")) {
            throw new IllegalArgumentException("Not a USB id (expected vvvv:pppp in hex): " + text);
        }
        return new UsbId(Integer.parseInt(parts[0], 16), Integer.parseInt(parts[1], 16));
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%04x:%04x", vendorId, productId);
    }
}
