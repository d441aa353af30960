package io.outpost.devices.nmea;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * ZDA, UTC time and date, and the local zone in hours and minutes (of the same sign) exactly as sent: the
 * sign convention differs between the standard and receivers.
 */
public record ZdaSentence(String talker, Optional<LocalTime> time, Optional<LocalDate> date,
        OptionalInt zoneHours, OptionalInt zoneMinutes) implements NmeaSentence {

    static ZdaSentence decode(String talker, Fields fields) {
        return new ZdaSentence(talker, fields.time(0), fields.date(1, 2, 3), fields.integer(4), fields.integer(5));
    }
}
