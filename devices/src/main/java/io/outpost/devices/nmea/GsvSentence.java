package io.outpost.devices.nmea;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * GSV, one of {@code totalMessages} sentences listing the satellites in view, up to four each; from NMEA 4.10
 * a trailing signal id names the signal (band) the SNRs belong to.
 */
public record GsvSentence(String talker, int totalMessages, int messageNumber, OptionalInt satellitesInView,
        List<SatelliteInView> satellites, OptionalInt signalId) implements NmeaSentence {
    private static final int FIRST_SATELLITE = 3;
    private static final int PER_SATELLITE = 4;

    public GsvSentence {
        satellites = List.copyOf(satellites);
    }

    static GsvSentence decode(String talker, Fields fields) {
        // Four fields per satellite; one left over is the NMEA 4.10 signal id, more is a cut-short last group.
        boolean signal = fields.size() >= FIRST_SATELLITE
                && (fields.size() - FIRST_SATELLITE) % PER_SATELLITE == 1;
        int end = signal ? fields.size() - 1 : fields.size();
        List<SatelliteInView> satellites = new ArrayList<>();
        for (int i = FIRST_SATELLITE; i < end; i += PER_SATELLITE) {
            OptionalInt prn = fields.integer(i);
            if (prn.isPresent()) {
                satellites.add(new SatelliteInView(prn.getAsInt(), fields.integer(i + 1), fields.integer(i + 2),
                        fields.integer(i + 3)));
            }
        }
        return new GsvSentence(talker, fields.requiredInteger(0), fields.requiredInteger(1), fields.integer(2),
                satellites, signal ? fields.integer(end) : OptionalInt.empty());
    }
}
