package io.outpost.devices.nmea;

import java.time.LocalTime;
import java.util.Optional;
import java.util.OptionalDouble;

/** GLL, geographic position with its UTC time and status (A valid, V invalid). */
public record GllSentence(String talker, OptionalDouble latitude, OptionalDouble longitude,
        Optional<LocalTime> time, Optional<Character> status) implements NmeaSentence {

    static GllSentence decode(String talker, Fields fields) {
        return new GllSentence(talker, fields.latitude(0), fields.longitude(2), fields.time(4), fields.letter(5));
    }
}
