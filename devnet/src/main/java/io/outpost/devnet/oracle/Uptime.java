package io.outpost.devnet.oracle;

import java.util.ArrayList;
import java.util.List;

/**
 * A device's uptime from its accepted heartbeats: heartbeats at most {@link #MAX_GAP} seconds apart join
 * into one interval [first, last + {@link #CREDIT}]; an isolated heartbeat counts {@link #CREDIT} seconds.
 * ODP's default interval is 30 s, and the gap allows two lost heartbeats in a row.
 */
final class Uptime {
    static final long CREDIT = 30;
    static final long MAX_GAP = 3 * CREDIT;

    /** A span of unix seconds, [from, to). */
    record Interval(long from, long to) {
        long seconds() {
            return to - from;
        }
    }

    private Uptime() {
    }

    /**
     * The intervals inside [start, end) that the heartbeat times (ascending) cover. For an exact answer the
     * times must include those from {@code start - MAX_GAP} on: earlier ones cannot reach into the span.
     */
    static List<Interval> within(List<Long> times, long start, long end) {
        List<Interval> clipped = new ArrayList<>();
        for (Interval interval : join(times)) {
            long from = Math.max(interval.from(), start);
            long to = Math.min(interval.to(), end);
            if (from < to) {
                clipped.add(new Interval(from, to));
            }
        }
        return clipped;
    }

    private static List<Interval> join(List<Long> times) {
        List<Interval> intervals = new ArrayList<>();
        int i = 0;
        while (i < times.size()) {
            long first = times.get(i);
            long last = first;
            while (i + 1 < times.size() && times.get(i + 1) - last <= MAX_GAP) {
                last = times.get(++i);
            }
            intervals.add(new Interval(first, last + CREDIT));
            i++;
        }
        return intervals;
    }

    static long covered(List<Interval> intervals) {
        return intervals.stream().mapToLong(Interval::seconds).sum();
    }
}
