package io.outpost.app.dashboard;

import io.outpost.app.alerts.AlertLog;
import io.outpost.app.alerts.OfflineAlerts;
import io.outpost.app.coverage.CoverageReader;
import io.outpost.app.coverage.CoverageSnapshot;
import io.outpost.app.history.EarningsExport;
import io.outpost.app.history.History;
import io.outpost.app.history.HistoryRecorder;
import io.outpost.app.onboarding.MyDevices;
import io.outpost.app.settings.Settings;
import io.outpost.network.NetworkProfile;
import io.outpost.network.oracle.OracleClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.LoggerFactory;

/**
 * What the dashboards read and the alerts they raise, for the active network: the fleet overview, one device's
 * page, the coverage map, the offline alerts and the daily summary. Built once by the composition root; the
 * history is opened on first use.
 */
public final class Dashboards {
    private final Supplier<NetworkProfile> network;
    private final Function<Long, List<MyDevices.MyDevice>> devicesOn;
    private final Supplier<HistoryRecorder> recorder;
    private final FleetOverview.OwnerBalances balances;
    private final Function<Long, String> areaOf;
    private final Supplier<AlertLog> log;
    private final Supplier<OracleClient> oracle;
    private final Clock clock;
    private AlertLog alertLog;
    private OfflineAlerts alerts;
    private Duration alertThreshold = OfflineAlerts.DEFAULT_THRESHOLD;
    private DailySummaries summaries;
    private Optional<LocalTime> summaryAt = Optional.empty();

    public Dashboards(Supplier<NetworkProfile> network, Function<Long, List<MyDevices.MyDevice>> devicesOn,
                      Supplier<HistoryRecorder> recorder, FleetOverview.OwnerBalances balances, Function<Long, String> areaOf,
                      Supplier<AlertLog> log, Supplier<OracleClient> oracle, Clock clock) {
        this.network = network;
        this.devicesOn = devicesOn;
        this.recorder = recorder;
        this.balances = balances;
        this.areaOf = areaOf;
        this.log = log;
        this.oracle = oracle;
        this.clock = clock;
    }

    public FleetOverview fleet() {
        return new FleetOverview(network, devicesOn, history(), balances, areaOf, clock);
    }

    private History history() {
        return recorder.get().history();
    }

    /**
     * Earnings per day and device and the claims of [from, to], after asking the network for what it paid since
     * the last time (what was recorded, when it cannot be reached).
     */
    public EarningsExport export(LocalDate from, LocalDate to) {
        HistoryRecorder history = recorder.get();
        history.catchUpIfReachable();
        return EarningsExport.of(network.get(), history.history(), from, to);
    }

    /** What the coverage map shows: this computer's devices and the oracle's count per area. */
    public CoverageReader coverage() {
        return new CoverageReader(() -> devicesOn.apply(network.get().chainId()).stream()
                .map(device -> new CoverageSnapshot.OwnDevice(device.name(), device.location())).toList(), oracle);
    }

    public DeviceDetail device() {
        return new DeviceDetail(this::history);
    }

    /** Where a damaged history was set aside when it was opened (opens it); tell the user once. */
    public Optional<Path> historySetAside() {
        return recorder.get().history().setAside();
    }

    /** Whether the devices pay for themselves: their costs and the token price entered, against their earnings. */
    public Paybacks paybacks() {
        return new Paybacks(network, devicesOn, recorder.get().history(), clock);
    }

    /** The offline alerts of the devices onboarded here on the active network (one watcher for the run). */
    public synchronized OfflineAlerts alerts() {
        if (alerts == null) {
            alerts = new OfflineAlerts(() -> devicesOn.apply(network.get().chainId()), history(), alertLog(),
                    alertThreshold, clock);
        }
        return alerts;
    }

    /** The daily summary of the active network's devices, in the computer's time zone (one for the run). */
    public synchronized DailySummaries summaries() {
        if (summaries == null) {
            summaries = new DailySummaries(network, devicesOn, history(), alertLog(), summaryAt,
                    clock.withZone(ZoneId.systemDefault()));
        }
        return summaries;
    }

    private synchronized AlertLog alertLog() {
        if (alertLog == null) {
            alertLog = log.get();
        }
        return alertLog;
    }

    /** The alert settings chose anew (threshold, daily summary): they apply at once. */
    public synchronized void follow(Settings settings) {
        setAlertThreshold(settings.offlineAlertAfter());
        summaryAt = settings.dailySummaryAt();
        if (summaries != null) {
            summaries.setTime(summaryAt);
        }
    }

    /** After how long without a sign of life a device's loss is told (the setting; applies at once). */
    public synchronized void setAlertThreshold(Duration after) {
        alertThreshold = after;
        if (alerts != null) {
            alerts.setThreshold(after);
        }
    }

    /**
     * Checks for lost devices and whether the daily summary is due every {@link OfflineAlerts#EVERY}, on
     * {@code background}; cancel to stop.
     */
    public ScheduledFuture<?> startAlerts(ScheduledExecutorService scheduler, Executor background) {
        long every = OfflineAlerts.EVERY.toMillis();
        return scheduler.scheduleWithFixedDelay(() -> background.execute(() -> {
            guarded("Checking for offline devices", () -> alerts().check());
            guarded("The daily summary", () -> summaries().check());
        }), every, every, TimeUnit.MILLISECONDS);
    }

    private static void guarded(String what, Runnable check) {
        try {
            check.run();
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(Dashboards.class).warn("{} failed; trying again", what, e);
        }
    }
}
