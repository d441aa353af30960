package io.outpost.app.history;

import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * What the app saw itself and what the network reported, kept on this computer (offline-first): when each
 * device was online, its readings, and its earnings per epoch with the numbers the oracle paid them by. The
 * dashboards read only this; every method may touch the disk, so none is for the UI thread.
 */
public interface History {
    /** The spans in which {@code device} was seen online, clipped to [from, to), oldest first. */
    List<Span> online(String device, Instant from, Instant to);

    /** Every device's spans online in [from, to), clipped, oldest first, by device address (one read for a fleet). */
    Map<String, List<Span>> online(Instant from, Instant to);

    /** Every payment of an epoch that ended in (from, to], oldest first (one read for a fleet). */
    List<Payout> payouts(Instant from, Instant to);

    /** The fraction of [from, to) in which {@code device} was seen online, from 0 to 1. */
    double uptime(String device, Instant from, Instant to);

    /**
     * A reading's values over [from, to), reduced for a chart {@code columns} wide: at most four points per
     * column (its first, lowest, highest and last value, M4), oldest first.
     */
    List<Point> readings(String device, String metric, Instant from, Instant to, int columns);


    /** Earnings per day and device in [from, to] (days in UTC), with the claims made on each day. */
    List<DayEarnings> earningsPerDay(LocalDate from, LocalDate to);

    /** Everything {@code device} earned, per day (UTC) from its first epoch on, days without an epoch left out. */
    SortedMap<LocalDate, BigInteger> earnedPerDay(String device);

    /** The last {@code count} epochs of {@code device}, newest first, with the factors of what it earned. */
    List<EpochEarning> epochs(String device, int count);

    /** The fraction of [from, to) that {@code spans} cover, from 0 to 1, counted in whole seconds. */
    static double fractionOnline(List<Span> spans, Instant from, Instant to) {
        long start = from.getEpochSecond();
        long end = to.getEpochSecond();
        if (end <= start) {
            return 0;
        }
        long covered = spans.stream().mapToLong(span -> Math.max(0,
                Math.min(end, span.to().getEpochSecond()) - Math.max(start, span.from().getEpochSecond()))).sum();
        return Math.min(1.0, covered / (double) (end - start));
    }

    /** A span of time in which a device was online: {@code from} inclusive, {@code to} exclusive. */
    record Span(Instant from, Instant to) {
    }

    record Point(Instant at, double value) {
    }

    /** What {@code device} was paid for the epoch that ended at {@code end}, in token units. */
    record Payout(String device, Instant end, BigInteger amount) {
    }

    /** One device's earnings on one day (UTC), and the claim transactions of that day (their hashes). */
    record DayEarnings(LocalDate day, String device, BigInteger amount, List<String> claims) {
    }

    /**
     * One epoch of one device, as the oracle paid it: {@code amount} = emission × network uptime × scale ×
     * boost (rounded down), beside the uptime this computer saw itself ({@code localUptime}).
     */
    record EpochEarning(long epoch, Instant start, Instant end, double localUptime, double networkUptime,
                        int devicesInCell, double scale, double boost, BigInteger emission, BigInteger amount) {
    }
}
