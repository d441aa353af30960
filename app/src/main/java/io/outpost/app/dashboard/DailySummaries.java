package io.outpost.app.dashboard;

import io.outpost.app.alerts.AlertLog;
import io.outpost.app.history.History;
import io.outpost.app.onboarding.MyDevices;
import io.outpost.network.NetworkProfile;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The optional daily summary: once the chosen time of day has passed (the clock's zone is the user's), the first
 * {@link #check()} tells yesterday's {@link DailySummary} to the listeners. A computer off or asleep at that time
 * hears it at the first check after it starts or wakes the same day; a day is told once, also across restarts
 * (the {@link AlertLog} remembers it). With no listener (the command line) nothing is told or remembered.
 */
public final class DailySummaries {
    private final Supplier<NetworkProfile> network;
    private final Function<Long, List<MyDevices.MyDevice>> devicesOn;
    private final History history;
    private final AlertLog log;
    private final Clock clock;
    private final List<Consumer<DailySummary>> listeners = new CopyOnWriteArrayList<>();
    private volatile Optional<LocalTime> at;

    /** @param at when the summary comes each day (local time); empty: never */
    public DailySummaries(Supplier<NetworkProfile> network, Function<Long, List<MyDevices.MyDevice>> devicesOn,
                          History history, AlertLog log, Optional<LocalTime> at, Clock clock) {
        this.network = network;
        this.devicesOn = devicesOn;
        this.history = history;
        this.log = log;
        this.at = at;
        this.clock = clock;
    }

    /** The setting changed: applies from the next check. */
    public void setTime(Optional<LocalTime> when) {
        this.at = when;
    }

    /** {@code listener} hears each summary, on the checking thread. */
    public void addListener(Consumer<DailySummary> listener) {
        listeners.add(listener);
    }

    /**
     * Tells yesterday's summary when it is due and was not told yet, and returns it. Reads the history: not for the
     * UI thread.
     */
    public synchronized Optional<DailySummary> check() {
        Optional<LocalTime> when = at;
        ZonedDateTime now = clock.instant().atZone(clock.getZone());
        LocalDate yesterday = now.toLocalDate().minusDays(1);
        if (when.isEmpty() || listeners.isEmpty() || now.toLocalTime().isBefore(when.get()) || log.summaryTold(yesterday)) {
            return Optional.empty();
        }
        NetworkProfile profile = network.get();
        List<MyDevices.MyDevice> devices = devicesOn.apply(profile.chainId());
        Optional<DailySummary> summary = DailySummary.of(yesterday, clock.getZone(), devices, history,
                log.between(yesterday.atStartOfDay(clock.getZone()).toInstant(), now.toInstant()), profile.token());
        // Remembered also when there was nothing to say, so the day is looked at once.
        if (!log.summaryToldNow(yesterday, now.toInstant())) {
            return Optional.empty();
        }
        summary.ifPresent(told -> listeners.forEach(listener -> listener.accept(told)));
        return summary;
    }
}
