package io.outpost.devices.nmea;

/** A checksum-valid u-blox UBX message. */
public sealed interface UbxFrame extends GnssFrame permits UbxMonVer, UbxSecUniqId, GenericUbx {
}
