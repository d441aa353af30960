package io.outpost.devices.nmea;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * GSA, the satellites in the solution: mode (A automatic, M manual), fix type (1 none, 2 2D, 3 3D), the PRNs
 * used, the dilutions of precision and, from NMEA 4.10, the GNSS system id (1 GPS, 2 GLONASS, 3 Galileo, ...).
 */
public record GsaSentence(String talker, Optional<Character> mode, OptionalInt fixType, List<Integer> satellites,
        OptionalDouble pdop, OptionalDouble hdop, OptionalDouble vdop, OptionalInt systemId)
        implements NmeaSentence {
    private static final int FIRST_PRN = 2;
    private static final int PRN_SLOTS = 12;

    public GsaSentence {
        satellites = List.copyOf(satellites);
    }

    static GsaSentence decode(String talker, Fields fields) {
        int dops = FIRST_PRN + PRN_SLOTS;
        return new GsaSentence(talker, fields.letter(0), fields.integer(1), fields.integers(FIRST_PRN, dops),
                fields.decimal(dops), fields.decimal(dops + 1), fields.decimal(dops + 2), fields.integer(dops + 3));
    }
}
