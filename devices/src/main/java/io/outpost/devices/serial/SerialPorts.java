package io.outpost.devices.serial;

/** Opens serial ports by path. The real one uses jSerialComm; tests and emulators use in-memory links. */
@FunctionalInterface
public interface SerialPorts {
    SerialLink open(String path, LineSettings settings) throws PortOpenException;
}
