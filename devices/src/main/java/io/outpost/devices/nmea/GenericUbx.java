package io.outpost.devices.nmea;

/** A valid UBX message this parser does not decode. */
public record GenericUbx(int messageClass, int messageId, int payloadLength) implements UbxFrame {
}
