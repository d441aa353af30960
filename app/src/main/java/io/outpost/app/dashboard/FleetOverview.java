package io.outpost.app.dashboard;

import io.outpost.app.history.History;
import io.outpost.app.onboarding.MyDevices;
import io.outpost.app.wallet.Balances;
import io.outpost.devices.catalog.DeviceFamily;
import io.outpost.network.NetworkProfile;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Builds the {@link Fleet} for the active network: the devices onboarded here, what the local history says of
 * them, and what the chain says of their owners (rewards waiting, stake). Blocking: call it off the UI thread.
 */
public final class FleetOverview {
    /** A device not seen for longer than this is offline (the oracle joins heartbeats at most 90 s apart). */
    public static final Duration ONLINE_GAP = Duration.ofSeconds(90);
    static final int CHART_DAYS = 30;

    private final Supplier<NetworkProfile> network;
    private final Function<Long, List<MyDevices.MyDevice>> devicesOn;
    private final History history;
    private final OwnerBalances balances;
    private final Function<Long, String> areaOf;
    private final Clock clock;

    /** The owners' balances on the chain (rewards waiting, stake); fails when the network cannot be reached. */
    @FunctionalInterface
    public interface OwnerBalances {
        List<Balances.AccountBalance> of(NetworkProfile network, List<String> owners) throws Exception;
    }

    /**
     * @param devicesOn the devices onboarded here on a chain (by chain id)
     * @param areaOf    the coverage area (H3 resolution 8) of a device's location
     */
    public FleetOverview(Supplier<NetworkProfile> network, Function<Long, List<MyDevices.MyDevice>> devicesOn,
                         History history, OwnerBalances balances, Function<Long, String> areaOf, Clock clock) {
        this.network = network;
        this.devicesOn = devicesOn;
        this.history = history;
        this.balances = balances;
        this.areaOf = areaOf;
        this.clock = clock;
    }

    /**
     * What this computer's history says, at once: the rewards waiting and the stake are left empty (the chain is
     * asked by {@link #withChainFigures}, which may take seconds when the network is slow or down).
     */
    public Fleet local() {
        NetworkProfile profile = network.get();
        Instant now = clock.instant();
        List<MyDevices.MyDevice> mine = devicesOn.apply(profile.chainId());
        // Two reads for the whole fleet, the last 30 days of spans and of payments: every figure comes from them.
        Map<String, List<History.Span>> seen = history.online(now.minus(Duration.ofDays(30)), now);
        Map<String, List<History.Span>> spans = new HashMap<>();
        mine.forEach(device -> spans.put(device.device(), seen.getOrDefault(device.device().toLowerCase(Locale.ROOT), List.of())));
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        Earnings earnings = new Earnings(history.payouts(now.minus(Duration.ofDays(CHART_DAYS)), now), now, today);
        List<Fleet.DeviceRow> rows = mine.stream().map(device -> row(device, spans.get(device.device()),
                earnings.sevenDaysOf(device.device()), now)).toList();
        return new Fleet(now, profile.token(), (int) rows.stream().filter(Fleet.DeviceRow::online).count(), rows.size(),
                fleetUptime(spans, now.minus(Duration.ofDays(1)), now), fleetUptime(spans, now.minus(Duration.ofDays(7)), now),
                fleetUptime(spans, now.minus(Duration.ofDays(30)), now),
                earnings.today, earnings.sevenDays, earnings.thirtyDays, Optional.empty(), Optional.empty(),
                (int) mine.stream().map(device -> areaOf.apply(device.location())).distinct().count(),
                earnings.perDay(), rows);
    }

    /** {@code fleet} with its owners' rewards waiting and stake from the chain; unchanged when it cannot be asked. */
    public Fleet withChainFigures(Fleet fleet) {
        NetworkProfile profile = network.get();
        Optional<List<Balances.AccountBalance>> owners = ownerBalances(profile, devicesOn.apply(profile.chainId()));
        return owners.map(list -> fleet.withChainFigures(sum(list, balance -> balance.claimable().orElse(BigInteger.ZERO)),
                sum(list, Balances.AccountBalance::staked))).orElse(fleet);
    }

    private Fleet.DeviceRow row(MyDevices.MyDevice device, List<History.Span> recent, BigInteger earned7d, Instant now) {
        Optional<Instant> lastSeen = recent.isEmpty() ? Optional.empty() : Optional.of(recent.getLast().to());
        boolean online = lastSeen.map(seen -> !seen.isBefore(now.minus(ONLINE_GAP))).orElse(false);
        DeviceFamily family = device.attachment().map(MyDevices.Attachment::family).orElse(DeviceFamily.ODP);
        return new Fleet.DeviceRow(device.device(), device.name(), device.trust(), family, online, lastSeen,
                uptimeSinceFirstSeen(recent, now.minus(Duration.ofDays(7)), now), earned7d, device.location());
    }

    private static double fleetUptime(Map<String, List<History.Span>> spans, Instant from, Instant to) {
        return spans.values().stream().mapToDouble(recent -> uptimeSinceFirstSeen(recent, from, to)).average().orElse(0);
    }

    // A device added an hour ago was not down the 23 hours before: its uptime counts from when it was first seen
    // (in the last 30 days). One seen before the range counts from the range's start, even if it was down then.
    static double uptimeSinceFirstSeen(List<History.Span> recent, Instant from, Instant to) {
        if (recent.isEmpty()) {
            return 0;
        }
        Instant start = recent.getFirst().from().isAfter(from) ? recent.getFirst().from() : from;
        return start.isBefore(to) ? History.fractionOnline(recent, start, to) : 1;
    }

    /** The last 30 days' payments summed the ways the page shows them (an epoch counts on the day it ended, UTC). */
    private static final class Earnings {
        private final Map<LocalDate, BigInteger> perDay = new TreeMap<>();
        private final Map<String, BigInteger> sevenDaysPerDevice = new HashMap<>();
        private BigInteger today = BigInteger.ZERO;
        private BigInteger sevenDays = BigInteger.ZERO;
        private BigInteger thirtyDays = BigInteger.ZERO;

        Earnings(List<History.Payout> payouts, Instant now, LocalDate day) {
            for (int i = CHART_DAYS - 1; i >= 0; i--) {
                perDay.put(day.minusDays(i), BigInteger.ZERO);
            }
            Instant startOfToday = day.atStartOfDay(ZoneOffset.UTC).toInstant();
            Instant weekAgo = now.minus(Duration.ofDays(7));
            for (History.Payout payout : payouts) {
                thirtyDays = thirtyDays.add(payout.amount());
                perDay.computeIfPresent(LocalDate.ofInstant(payout.end().minusSeconds(1), ZoneOffset.UTC),
                        (k, sum) -> sum.add(payout.amount()));
                if (payout.end().isAfter(weekAgo)) {
                    sevenDays = sevenDays.add(payout.amount());
                    sevenDaysPerDevice.merge(payout.device(), payout.amount(), BigInteger::add);
                }
                if (payout.end().isAfter(startOfToday)) {
                    today = today.add(payout.amount());
                }
            }
        }

        BigInteger sevenDaysOf(String device) {
            return sevenDaysPerDevice.getOrDefault(device.toLowerCase(Locale.ROOT), BigInteger.ZERO);
        }

        List<Fleet.DayTotal> perDay() {
            List<Fleet.DayTotal> days = new ArrayList<>();
            perDay.forEach((date, amount) -> days.add(new Fleet.DayTotal(date, amount)));
            return days;
        }
    }

    // The owners' figures from the chain and the oracle; the dashboard shows the rest without them.
    private Optional<List<Balances.AccountBalance>> ownerBalances(NetworkProfile profile, List<MyDevices.MyDevice> devices) {
        List<String> owners = devices.stream().map(MyDevices.MyDevice::owner).distinct().toList();
        if (owners.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(balances.of(profile, owners));
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    private static BigInteger sum(List<Balances.AccountBalance> balances, Function<Balances.AccountBalance, BigInteger> field) {
        return balances.stream().map(field).reduce(BigInteger.ZERO, BigInteger::add);
    }
}
