package io.outpost.app.dashboard;

import io.outpost.app.alerts.Alert;
import io.outpost.app.history.History;
import io.outpost.app.onboarding.MyDevices;
import io.outpost.network.NetworkProfile;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One past day of the fleet in a sentence: how many devices were online of those known then, their uptime that
 * day, what they earned and how many went offline. {@code day} is a local day; {@code uptime} is from 0 to 1 and
 * {@code earned} in the token's base units.
 */
public record DailySummary(LocalDate day, int online, int total, double uptime, BigInteger earned,
                           NetworkProfile.TokenInfo token, int wentOffline) {
    // A device not seen in the 30 days up to the day's end is not counted: it was onboarded since, or is long gone.
    private static final Duration KNOWN_FOR = Duration.ofDays(30);

    /**
     * The summary of {@code day} (midnight to midnight in {@code zone}) from the local history and the alerts
     * raised that day; empty when there is nothing to say (no device seen in the 30 days up to its end).
     * Reads the history: not for the UI thread.
     */
    public static Optional<DailySummary> of(LocalDate day, ZoneId zone, List<MyDevices.MyDevice> devices, History history,
                                            List<Alert> alerts, NetworkProfile.TokenInfo token) {
        Instant from = day.atStartOfDay(zone).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(zone).toInstant();
        Set<String> mine = devices.stream().map(device -> device.device().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        Map<String, List<History.Span>> seen = history.online(to.minus(KNOWN_FOR), to);
        List<List<History.Span>> known = mine.stream().map(device -> seen.getOrDefault(device, List.of()))
                .filter(spans -> !spans.isEmpty()).toList();
        if (known.isEmpty()) {
            return Optional.empty();
        }
        int online = (int) known.stream().filter(spans -> History.fractionOnline(spans, from, to) > 0).count();
        double uptime = known.stream().mapToDouble(spans -> FleetOverview.uptimeSinceFirstSeen(spans, from, to))
                .average().orElse(0);
        BigInteger earned = history.payouts(from, to).stream().filter(payout -> mine.contains(payout.device()))
                .map(History.Payout::amount).reduce(BigInteger.ZERO, BigInteger::add);
        int wentOffline = (int) alerts.stream().filter(alert -> alert.kind() == Alert.Kind.OFFLINE)
                .filter(alert -> !alert.at().isBefore(from) && alert.at().isBefore(to)
                        && mine.contains(alert.device().toLowerCase(Locale.ROOT)))
                .map(Alert::device).distinct().count();
        return Optional.of(new DailySummary(day, online, known.size(), uptime, earned, token, wentOffline));
    }
}
