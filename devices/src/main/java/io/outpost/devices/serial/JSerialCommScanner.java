package io.outpost.devices.serial;

import com.fazecast.jSerialComm.SerialPort;
import java.util.Arrays;
import java.util.List;

/** The real scanner. On macOS only the call-out ports ({@code /dev/cu.*}) are usable, so the others are left out. */
public final class JSerialCommScanner implements SerialPortScanner {
    private final boolean macOs;

    public JSerialCommScanner(String osName) {
        this.macOs = osName.toLowerCase(java.util.Locale.ROOT).contains("mac");
    }

    @Override
    public List<SerialPortInfo> listPorts() {
        return Arrays.stream(SerialPort.getCommPorts())
                .map(p -> new SerialPortInfo(p.getSystemPortPath(), p.getPortDescription(), p.getManufacturer()))
                .filter(p -> !macOs || p.systemPath().startsWith("/dev/cu."))
                .toList();
    }
}
