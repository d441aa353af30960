package io.outpost.devices.nmea;

import java.util.OptionalDouble;

/** VTG, course over ground (degrees true) and speed over ground. */
public record VtgSentence(String talker, OptionalDouble courseTrue, OptionalDouble speedKnots,
        OptionalDouble speedKmh) implements NmeaSentence {

    static VtgSentence decode(String talker, Fields fields) {
        return new VtgSentence(talker, fields.decimal(0), fields.decimal(4), fields.decimal(6));
    }
}
