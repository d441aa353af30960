package io.outpost.devices.nmea;

/**
 * A checksum-valid NMEA 0183 sentence. Empty fields are absent ({@code Optional}s), never zero. A sentence of
 * a known type whose fields do not parse arrives as a {@link GenericSentence}, so nothing valid is lost.
 */
public sealed interface NmeaSentence extends GnssFrame
        permits GgaSentence, RmcSentence, GsaSentence, GsvSentence, VtgSentence, GllSentence, ZdaSentence,
        GenericSentence {
    /** The two-letter talker id (GP, GN, GL, GA, GB, BD, GQ, ...), or {@code P} for a proprietary sentence. */
    String talker();
}
