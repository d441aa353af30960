package io.outpost.app.dashboard;

import io.outpost.app.history.CostBook;
import io.outpost.app.history.HistoryStore;
import io.outpost.app.onboarding.MyDevices;
import io.outpost.network.NetworkProfile;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Whether the devices pay for themselves, on the active network: the costs and the token price the user entered
 * (kept in the history's {@link CostBook}) weighed by {@link Payback} against what the devices earned. Blocking
 * reads and writes of the history: call them off the UI thread.
 */
public final class Paybacks {
    private final Supplier<NetworkProfile> network;
    private final Function<Long, List<MyDevices.MyDevice>> devicesOn;
    private final HistoryStore history;
    private final Clock clock;

    /** A device's page: what was entered (to edit it) and, when costs and a price are there, the payback. */
    public record DevicePayback(NetworkProfile.TokenInfo token, Optional<CostBook.DeviceCosts> costs,
                                Optional<CostBook.TokenPrice> price, Optional<Payback> payback) {
    }

    /**
     * The fleet: how many of its {@code devices} have costs entered ({@code withCosts}), and the payback of those
     * (empty when none has, or no token price was entered).
     */
    public record FleetPayback(int withCosts, int devices, Optional<Payback> payback) {
    }

    /** @param devicesOn the devices onboarded here on a chain (by chain id) */
    public Paybacks(Supplier<NetworkProfile> network, Function<Long, List<MyDevices.MyDevice>> devicesOn, HistoryStore history,
                    Clock clock) {
        this.network = network;
        this.devicesOn = devicesOn;
        this.history = history;
        this.clock = clock;
    }

    public DevicePayback device(String device) {
        NetworkProfile profile = network.get();
        Optional<CostBook.DeviceCosts> costs = history.costs().costs(device);
        Optional<CostBook.TokenPrice> price = history.costs().price(profile.id());
        Optional<Payback> payback = costs.flatMap(entered -> price.map(perToken -> Payback.of(
                new Payback.Share(entered.total(), history.earnedPerDay(device)), perToken, profile.token().decimals(), today())));
        return new DevicePayback(profile.token(), costs, price, payback);
    }

    /** Keeps what {@code device} cost and what a token of the active network is worth; returns the page anew. */
    public DevicePayback save(String device, CostBook.DeviceCosts costs, CostBook.TokenPrice price) {
        history.costs().save(device, costs, network.get().id(), price);
        return device(device);
    }

    /** Forgets what {@code device} cost; returns the page anew. */
    public DevicePayback remove(String device) {
        history.costs().remove(device);
        return device(device);
    }

    public FleetPayback fleet() {
        NetworkProfile profile = network.get();
        List<MyDevices.MyDevice> mine = devicesOn.apply(profile.chainId());
        Map<String, CostBook.DeviceCosts> costs = history.costs().allCosts();
        List<Payback.Share> shares = mine.stream().filter(device -> costs.containsKey(key(device.device())))
                .map(device -> new Payback.Share(costs.get(key(device.device())).total(), history.earnedPerDay(device.device())))
                .toList();
        Optional<Payback> payback = shares.isEmpty() ? Optional.empty() : history.costs().price(profile.id())
                .map(price -> Payback.of(shares, price, profile.token().decimals(), today()));
        return new FleetPayback(shares.size(), mine.size(), payback);
    }

    private static String key(String device) {
        return device.toLowerCase(Locale.ROOT);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }
}
