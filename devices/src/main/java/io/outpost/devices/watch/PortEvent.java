package io.outpost.devices.watch;

import io.outpost.devices.serial.SerialPortInfo;

/** A port appeared or disappeared. {@code identity} is the same when the same device comes back, in any socket. */
public record PortEvent(Kind kind, PortIdentity identity, SerialPortInfo port) {
    public enum Kind { ATTACHED, DETACHED }
}
