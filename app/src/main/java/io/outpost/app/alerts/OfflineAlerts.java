package io.outpost.app.alerts;

import io.outpost.app.history.History;
import io.outpost.app.onboarding.MyDevices;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Watches the devices onboarded here: one not seen for longer than the threshold (default 5 minutes) raises an
 * {@link Alert.Kind#OFFLINE} alert once, and a {@link Alert.Kind#BACK_ONLINE} one when it is seen again. Run
 * {@link #check()} every {@link #EVERY}; a loss is then told at most that long after the threshold passes.
 * Alerts go to the listeners (the window) and into the {@link AlertLog}, which is also what says a device was told
 * offline: its last alert there is OFFLINE. So a restart neither tells a loss twice nor forgets to tell the return.
 */
public final class OfflineAlerts {
    public static final Duration EVERY = Duration.ofSeconds(30);
    public static final Duration DEFAULT_THRESHOLD = Duration.ofMinutes(5);
    // How far back a device's last sighting is looked for: a device gone longer has been told of already.
    private static final Duration LOOK_BACK = Duration.ofDays(30);

    private final Supplier<List<MyDevices.MyDevice>> devices;
    private final History history;
    private final AlertLog log;
    private final Clock clock;
    private final List<Consumer<Alert>> listeners = new CopyOnWriteArrayList<>();
    private volatile Duration threshold;

    public OfflineAlerts(Supplier<List<MyDevices.MyDevice>> devices, History history, AlertLog log, Duration threshold,
                         Clock clock) {
        this.devices = devices;
        this.history = history;
        this.log = log;
        this.threshold = threshold;
        this.clock = clock;
    }

    public void setThreshold(Duration after) {
        this.threshold = after;
    }

    /** {@code listener} hears each new alert, on the checking thread. */
    public void addListener(Consumer<Alert> listener) {
        listeners.add(listener);
    }

    /** Looks at every device once; returns the alerts raised now (each also logged and told). */
    public synchronized List<Alert> check() {
        Instant now = clock.instant();
        List<Alert> raised = new ArrayList<>();
        Map<String, Alert> told = log.lastOfEachDevice();
        for (MyDevices.MyDevice device : devices.get()) {
            Optional<Instant> lastSeen = lastSeen(device.device(), now);
            if (lastSeen.isEmpty()) {
                continue; // never seen yet: nothing was lost
            }
            boolean gone = Duration.between(lastSeen.get(), now).compareTo(threshold) > 0;
            Alert last = told.get(device.device());
            boolean toldOffline = last != null && last.kind() == Alert.Kind.OFFLINE;
            if (gone && !toldOffline) {
                raised.add(new Alert(Alert.Kind.OFFLINE, device.device(), device.name(), lastSeen.get(), now));
            } else if (!gone && toldOffline) {
                raised.add(new Alert(Alert.Kind.BACK_ONLINE, device.device(), device.name(), last.since(), now));
            }
        }
        for (Alert alert : raised) {
            log.add(alert);
            listeners.forEach(listener -> listener.accept(alert));
        }
        return raised;
    }

    private Optional<Instant> lastSeen(String device, Instant now) {
        List<History.Span> spans = history.online(device, now.minus(LOOK_BACK), now);
        return spans.isEmpty() ? Optional.empty() : Optional.of(spans.getLast().to());
    }
}
