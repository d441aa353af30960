package io.outpost.devices.serial;

import java.util.List;

/** Lists the serial ports of this computer. May block (seconds on some Windows machines): never call it on a UI thread. */
@FunctionalInterface
public interface SerialPortScanner {
    List<SerialPortInfo> listPorts();
}
