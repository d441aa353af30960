package io.outpost.app.history;

import io.outpost.app.history.History.Span;
import io.outpost.network.oracle.DeviceRewards;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Synthetic history of a fleet over a year, for the benchmarks (the history's and the dashboard's): each device is mostly online, with
 * short outages (about one every three days, 20 minutes on average), now and then a long one (a few per year,
 * hours), a daily epoch's earnings, and for the first {@code sensors} devices a reading a minute (a PM2.5
 * value with a daily cycle and noise). Seeded, so every run makes the same history.
 */
public final class HistoryGenerator {
    public static final Instant START = Instant.parse("2030-01-01T00:00:00Z");
    public static final int DAYS = 365;
    public static final String METRIC = "pm25Ugm3";
    private static final long DAY = 86_400;

    private HistoryGenerator() {
    }

    public static String device(int index) {
        return String.format("0x%040x", index + 1);
    }

    /** A year from {@link #START}. */
    public static void generate(HistoryStore history, int devices, int sensors) {
        generate(history, devices, sensors, START);
    }

    /** A year from {@code start} (whole days: a year up to today's midnight starts at a midnight a year ago). */
    public static void generate(HistoryStore history, int devices, int sensors, Instant start) {
        SplittableRandom random = new SplittableRandom(2030);
        for (int d = 0; d < devices; d++) {
            String device = device(d);
            history.addSpans(device, spans(random, start));
            history.earnings(earnings(device, random, start));
            if (d < sensors) {
                for (int day = 0; day < DAYS; day++) {
                    history.readings(readingsOfDay(device, day, random, start));
                }
            }
        }
    }

    private static List<Span> spans(SplittableRandom random, Instant start) {
        List<Span> spans = new ArrayList<>();
        long end = start.getEpochSecond() + DAYS * DAY;
        long from = start.getEpochSecond();
        while (from < end) {
            long up = (long) (-Math.log(1 - random.nextDouble()) * 3 * DAY); // an outage every 3 days on average
            long to = Math.min(end, from + Math.max(60, up));
            spans.add(new Span(Instant.ofEpochSecond(from), Instant.ofEpochSecond(to)));
            long down = random.nextInt(100) < 3 ? 3600 + random.nextLong(6 * 3600) // now and then hours
                    : (long) (-Math.log(1 - random.nextDouble()) * 1200);
            from = to + Math.max(90, down);
        }
        return spans;
    }

    private static List<DeviceRewards> earnings(String device, SplittableRandom random, Instant from) {
        List<DeviceRewards> paid = new ArrayList<>();
        BigInteger emission = BigInteger.TEN.pow(19);
        for (int day = 0; day < DAYS; day++) {
            long start = from.getEpochSecond() + day * DAY;
            double uptime = 0.9 + random.nextDouble() * 0.1;
            paid.add(new DeviceRewards(device, day + 1, start, start + DAY, "0x00000000000000000000000000000000000000a1",
                    (long) (uptime * DAY), uptime, "881f1d4887fffff", 1, 1.0, BigInteger.ZERO, 1.0, emission,
                    BigInteger.valueOf((long) (uptime * 1e9)).multiply(BigInteger.TEN.pow(10))));
        }
        return paid;
    }

    private static List<HistoryStore.Reading> readingsOfDay(String device, int day, SplittableRandom random, Instant start) {
        List<HistoryStore.Reading> readings = new ArrayList<>(1440);
        for (int minute = 0; minute < 1440; minute++) {
            double value = 12 + 6 * Math.sin(minute * Math.PI / 720) + random.nextDouble() * 3;
            readings.add(new HistoryStore.Reading(device, METRIC, start.plusSeconds(day * DAY + minute * 60L),
                    Math.round(value * 10) / 10.0));
        }
        return readings;
    }
}
