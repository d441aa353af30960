package io.outpost.devnet.oracle;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Which devices were up in an epoch, and when, from the stored heartbeats. */
final class Activity {
    private final HeartbeatStore heartbeats;
    private final Epochs epochs;

    Activity(HeartbeatStore heartbeats, Epochs epochs) {
        this.heartbeats = heartbeats;
        this.epochs = epochs;
    }

    /** The device's uptime intervals inside the epoch. */
    List<Uptime.Interval> intervals(String device, long epoch) throws SQLException {
        long start = epochs.start(epoch);
        long end = epochs.end(epoch);
        return Uptime.within(heartbeats.times(device, start - Uptime.MAX_GAP, end), start, end);
    }

    /** Seconds of the epoch covered by each device that had any uptime in it, in address order. */
    Map<String, Long> coveredSeconds(long epoch) throws SQLException {
        Map<String, Long> covered = new LinkedHashMap<>();
        for (String device : heartbeats.devices(epochs.start(epoch) - Uptime.MAX_GAP, epochs.end(epoch))) {
            long seconds = Uptime.covered(intervals(device, epoch));
            if (seconds > 0) {
                covered.put(device, seconds);
            }
        }
        return covered;
    }

    /** Covered seconds over epoch seconds, in [0, 1]. */
    double fraction(long coveredSeconds) {
        return Math.clamp(coveredSeconds / (double) epochs.seconds(), 0.0, 1.0);
    }
}
