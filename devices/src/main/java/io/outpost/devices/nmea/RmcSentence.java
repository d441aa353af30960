package io.outpost.devices.nmea;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import java.util.OptionalDouble;

/** RMC, the recommended minimum: UTC time and date, status (A valid, V warning), position, speed, course. */
public record RmcSentence(String talker, Optional<LocalTime> time, Optional<LocalDate> date,
        Optional<Character> status, OptionalDouble latitude, OptionalDouble longitude, OptionalDouble speedKnots,
        OptionalDouble courseTrue) implements NmeaSentence {

    static RmcSentence decode(String talker, Fields fields) {
        return new RmcSentence(talker, fields.time(0), fields.date(8), fields.letter(1), fields.latitude(2),
                fields.longitude(4), fields.decimal(6), fields.decimal(7));
    }
}
