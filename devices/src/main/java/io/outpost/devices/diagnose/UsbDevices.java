package io.outpost.devices.diagnose;

import io.outpost.devices.serial.UsbId;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The USB devices plugged in, by id, from Linux's sysfs ({@code /sys/bus/usb/devices}), whether or not a
 * driver gave them a serial port. Comparing with the port list finds adapters that have no port.
 */
public final class UsbDevices {
    private final Path sysfsDevices;

    public UsbDevices(Path sysfsDevices) {
        this.sysfsDevices = sysfsDevices;
    }

    public Set<UsbId> present() {
        Set<UsbId> ids = new LinkedHashSet<>();
        try (DirectoryStream<Path> devices = Files.newDirectoryStream(sysfsDevices)) {
            for (Path device : devices) {
                read(device).ifPresent(ids::add);
            }
        } catch (IOException e) {
            return ids;
        }
        return ids;
    }

    private static Optional<UsbId> read(Path device) {
        try {
            String vendor = Files.readString(device.resolve("idVendor")).strip();
            String product = Files.readString(device.resolve("idProduct")).strip();
            return Optional.of(UsbId.parse(vendor + ":" + product));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
