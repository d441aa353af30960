package io.outpost.devices.serial;

import com.fazecast.jSerialComm.SerialPort;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The real scanner. On macOS only the call-out ports ({@code /dev/cu.*}) are usable, so the others are left out. */
public final class JSerialCommScanner implements SerialPortScanner {
    private final boolean macOs;

    public JSerialCommScanner(String osName) {
        this.macOs = osName.toLowerCase(java.util.Locale.ROOT).contains("mac");
    }

    @Override
    public List<SerialPortInfo> listPorts() {
        return Arrays.stream(SerialPort.getCommPorts())
                .map(JSerialCommScanner::describe)
                .filter(p -> !macOs || p.systemPath().startsWith("/dev/cu."))
                .toList();
    }

    private static SerialPortInfo describe(SerialPort port) {
        int vendor = port.getVendorID();
        int product = port.getProductID();
        Optional<UsbId> usb = vendor > 0 && vendor <= 0xFFFF && product >= 0 && product <= 0xFFFF
                ? Optional.of(new UsbId(vendor, product)) : Optional.empty();
        return new SerialPortInfo(port.getSystemPortPath(), known(port.getPortDescription()), known(port.getManufacturer()),
                usb, known(port.getSerialNumber()), port.getPortLocation());
    }

    // jSerialComm writes "Unknown" where the system has no value; we keep such fields empty.
    private static String known(String value) {
        return value == null || "Unknown".equals(value) ? "" : value;
    }
}
