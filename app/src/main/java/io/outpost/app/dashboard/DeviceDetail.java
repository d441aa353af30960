package io.outpost.app.dashboard;

import io.outpost.app.history.History;
import io.outpost.devices.catalog.DeviceFamily;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One device's page: when it was online in a range of time, its readings there, and its last epochs with the
 * numbers it was paid by. Blocking reads of the local history: call them off the UI thread.
 */
public final class DeviceDetail {
    /** Epochs shown on the page, newest first. */
    public static final int EPOCHS = 12;
    private final Supplier<History> history;

    /** @param history opened on the first read, not before: the page is made on the UI thread. */
    public DeviceDetail(Supplier<History> history) {
        this.history = history;
    }

    /**
     * The online spans of {@code device} in [from, to), when it was first seen (within a year; before that it was
     * not here, which is not the same as offline), and the fraction of the time since then that it was online.
     */
    public Timeline timeline(String device, Instant from, Instant to) {
        List<History.Span> year = history.get().online(device, to.minus(Duration.ofDays(366)), to);
        Optional<Instant> firstSeen = year.isEmpty() ? Optional.empty() : Optional.of(year.getFirst().from());
        Instant counted = firstSeen.filter(first -> first.isAfter(from)).orElse(from);
        List<History.Span> shown = history.get().online(device, from, to);
        return new Timeline(from, to, shown, firstSeen, counted.isBefore(to) ? History.fractionOnline(shown, counted, to) : 0);
    }

    public record Timeline(Instant from, Instant to, List<History.Span> online, Optional<Instant> firstSeen, double uptime) {
        public Timeline {
            online = List.copyOf(online);
        }
    }

    /** The readings a device of {@code family} has, each reduced for a chart {@code columns} wide. */
    public List<Series> readings(String device, DeviceFamily family, Instant from, Instant to, int columns) {
        return metricsOf(family).stream()
                .map(metric -> new Series(metric, history.get().readings(device, metric, from, to, columns))).toList();
    }

    public record Series(String metric, List<History.Point> points) {
        public Series {
            points = List.copyOf(points);
        }
    }

    /** What each kind of device measures, as the history keeps it (an ODP hotspot reports no readings). */
    public static List<String> metricsOf(DeviceFamily family) {
        return switch (family) {
            case SDS011 -> List.of("pm25Ugm3", "pm10Ugm3");
            case DSMR -> List.of("powerDeliveredKw");
            case NMEA -> List.of("satellites");
            case ODP -> List.of();
        };
    }

    public List<History.EpochEarning> epochs(String device) {
        return history.get().epochs(device, EPOCHS);
    }
}
