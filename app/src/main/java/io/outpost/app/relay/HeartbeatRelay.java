package io.outpost.app.relay;

import io.outpost.app.relay.HeartbeatUplink.Delivery;
import io.outpost.devices.odp.Heartbeat;
import io.outpost.devices.odp.OdpMessage;
import io.outpost.devices.odp.Verification;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries the heartbeats of USB-attached Outpost devices to the network's oracle, so a device without an
 * uplink of its own still earns. Heartbeats wait in a {@link HeartbeatQueue} on disk until the oracle
 * answers. The oracle accepts a heartbeat only within 120 s of its own clock, so one that waited longer is
 * dropped (and counted): the queue bridges short outages, it cannot make old heartbeats count.
 * {@link #offer} may be called from any device session; {@link #drain} from one thread at a time.
 */
public final class HeartbeatRelay {
    /** A little under the oracle's ±120 s window, for the time a batch takes and for clock differences. */
    static final Duration USEFUL_FOR = Duration.ofSeconds(110);
    static final int BATCH = 100;
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(2);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(60);
    private static final Logger LOG = LoggerFactory.getLogger(HeartbeatRelay.class);

    private final HeartbeatQueue queue;
    private final HeartbeatUplink uplink;
    private final Clock clock;
    private final Map<String, Long> refused = new TreeMap<>();
    private final List<Consumer<QueuedHeartbeat>> acceptedListeners = new CopyOnWriteArrayList<>();
    private long delivered;
    private long expired;
    private long droppedWhenFull;
    private String lastProblem;
    private long notBefore;
    private Duration backoff = FIRST_BACKOFF;

    public HeartbeatRelay(HeartbeatQueue queue, HeartbeatUplink uplink, Clock clock) {
        this.queue = queue;
        this.uplink = uplink;
        this.clock = clock;
    }

    /**
     * Takes a frame from an ODP device session; queues it when it is a heartbeat its device key signed.
     * Anything else is ignored; a heartbeat that fails the local signature check is not worth sending.
     */
    public void offer(Object frame) {
        if (!(frame instanceof OdpMessage.Notification notification)) {
            return;
        }
        Heartbeat.from(notification).ifPresent(this::offer);
    }

    /** Queues a heartbeat whose signature checks out (a device's own, or one this computer signed for a sensor). */
    public void offer(Heartbeat heartbeat) {
        if (heartbeat.verify() != Verification.VERIFIED) {
            count("bad_signature");
            return;
        }
        int pushedOut = queue.add(heartbeat, clock.instant().getEpochSecond());
        synchronized (this) {
            droppedWhenFull += pushedOut;
        }
    }

    /** {@code listener} hears each heartbeat the oracle accepted, on the draining thread (the local history counts them). */
    public void addAcceptedListener(Consumer<QueuedHeartbeat> listener) {
        acceptedListeners.add(listener);
    }

    /**
     * Drains every {@code every}, on {@code background} (a batch may wait for the network, the scheduler must
     * not), never two drains at once. Cancel the returned future to stop.
     */
    public ScheduledFuture<?> start(ScheduledExecutorService scheduler, Executor background, Duration every) {
        AtomicBoolean draining = new AtomicBoolean();
        return scheduler.scheduleWithFixedDelay(() -> {
            if (draining.compareAndSet(false, true)) {
                background.execute(() -> {
                    try {
                        drain();
                    } catch (RuntimeException e) {
                        LOG.warn("The heartbeat relay failed; it tries again", e);
                    } finally {
                        draining.set(false);
                    }
                });
            }
        }, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Sends what is waiting, one batch at a time, until the queue is empty or the oracle asks to wait. */
    public void drain() {
        long now = clock.millis();
        synchronized (this) {
            if (now < notBefore) {
                return;
            }
        }
        int tooOld = queue.dropOlderThan(clock.instant().minus(USEFUL_FOR).getEpochSecond());
        synchronized (this) {
            expired += tooOld;
        }
        for (List<QueuedHeartbeat> batch = queue.oldest(BATCH); !batch.isEmpty(); batch = queue.oldest(BATCH)) {
            if (!deliver(batch)) {
                return;
            }
        }
    }

    /** Delivers one batch; false when the relay must wait before the next. */
    private boolean deliver(List<QueuedHeartbeat> batch) {
        List<Delivery> results;
        try {
            results = uplink.deliver(batch).get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException e) {
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            waitBeforeRetry(null, "The oracle could not be reached: " + cause.getMessage());
            return false;
        }
        if (results.size() != batch.size()) {
            waitBeforeRetry(null, "The oracle answered " + results.size() + " results for " + batch.size() + " heartbeats");
            return false;
        }
        return apply(batch, results);
    }

    private boolean apply(List<QueuedHeartbeat> batch, List<Delivery> results) {
        List<QueuedHeartbeat> done = new ArrayList<>();
        Duration wait = null;
        for (int i = 0; i < batch.size(); i++) {
            switch (results.get(i)) {
                case Delivery.Accepted accepted -> {
                    done.add(batch.get(i));
                    synchronized (this) {
                        delivered++;
                    }
                    QueuedHeartbeat heartbeat = batch.get(i);
                    acceptedListeners.forEach(listener -> listener.accept(heartbeat));
                }
                case Delivery.Refused refusal -> {
                    done.add(batch.get(i));
                    count(refusal.code());
                    LOG.info("The oracle refused heartbeat {} of {}: {} ({})", batch.get(i).seq(), batch.get(i).device(),
                            refusal.code(), refusal.message());
                }
                case Delivery.RetryLater later -> wait = wait == null || later.after().compareTo(wait) > 0 ? later.after() : wait;
            }
        }
        queue.remove(done);
        if (wait != null) {
            waitBeforeRetry(wait, "The oracle asked to wait " + wait.toSeconds() + " s");
            return false;
        }
        synchronized (this) {
            backoff = FIRST_BACKOFF;
        }
        return true;
    }

    private synchronized void waitBeforeRetry(Duration asked, String problem) {
        Duration wait = asked != null ? asked : backoff;
        if (asked == null) {
            backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
        }
        notBefore = clock.millis() + wait.toMillis();
        lastProblem = problem;
        LOG.info("Heartbeat relay waits {} s: {}", wait.toSeconds(), problem);
    }

    private synchronized void count(String code) {
        refused.merge(code, 1L, Long::sum);
    }

    public synchronized RelayStatus status() {
        return new RelayStatus(delivered, refused, expired, droppedWhenFull, queue.size(), Optional.ofNullable(lastProblem));
    }
}
