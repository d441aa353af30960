package io.outpost.devices.nmea;

/** One frame from a GNSS receiver: an NMEA 0183 sentence or a u-blox UBX message. */
public sealed interface GnssFrame permits NmeaSentence, UbxFrame {
}
