package io.outpost.devices.probe;

import java.time.Duration;
import java.util.List;

/**
 * How to probe one port: the baud rates to listen at, in order, how long in all, and whether writing is
 * allowed (the user chose the port, or the catalog says its USB id is a device we may write to).
 */
public record ProbePlan(List<Integer> baudRates, Duration timeout, boolean mayWrite, boolean holdControlLinesLow) {
    /** The baud rates serial GNSS receivers, air-quality sensors, smart meters and our device use most. */
    public static final List<Integer> COMMON_BAUD_RATES = List.of(9600, 115200, 4800, 38400);

    public ProbePlan {
        if (baudRates.isEmpty()) {
            throw new IllegalArgumentException("at least one baud rate to listen at");
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the timeout must be positive: " + timeout);
        }
        baudRates = List.copyOf(baudRates);
    }
}
