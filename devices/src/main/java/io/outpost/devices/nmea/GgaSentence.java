package io.outpost.devices.nmea;

import java.time.LocalTime;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * GGA, the fix: UTC time, position, fix quality (0 none, 1 GPS, 2 DGPS, 4 RTK fixed, 5 RTK float, 6 dead
 * reckoning, ...), satellites used, horizontal dilution and altitude above mean sea level in metres.
 */
public record GgaSentence(String talker, Optional<LocalTime> time, OptionalDouble latitude,
        OptionalDouble longitude, OptionalInt fixQuality, OptionalInt satellitesUsed, OptionalDouble hdop,
        OptionalDouble altitude) implements NmeaSentence {

    static GgaSentence decode(String talker, Fields fields) {
        return new GgaSentence(talker, fields.time(0), fields.latitude(1), fields.longitude(3), fields.integer(5),
                fields.integer(6), fields.decimal(7), fields.decimal(8));
    }
}
