package io.outpost.devices.nmea;

import java.util.OptionalInt;

/** One satellite of a GSV sentence: elevation and azimuth in degrees, signal to noise in dB-Hz. */
public record SatelliteInView(int prn, OptionalInt elevation, OptionalInt azimuth, OptionalInt snr) {
}
