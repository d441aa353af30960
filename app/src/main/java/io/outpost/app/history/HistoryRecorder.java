package io.outpost.app.history;

import io.outpost.app.chain.AccountHistory;
import io.outpost.app.onboarding.MyDevices.MyDevice;
import io.outpost.app.relay.QueuedHeartbeat;
import io.outpost.devices.odp.Heartbeat;
import io.outpost.devices.odp.OdpMessage;
import io.outpost.devices.odp.Verification;
import io.outpost.network.NetworkProfile;
import io.outpost.network.http.Http;
import io.outpost.network.oracle.DeviceRewards;
import io.outpost.network.oracle.OracleClient;
import io.outpost.network.oracle.OracleException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feeds the {@link HistoryStore} from what the app already has: the devices onboarded here seen live (their own
 * heartbeats on the relay's sessions, the readings of host-attested sensors), the heartbeats the oracle accepted
 * through the relay, and, each round, the oracle's per-device rewards of every closed epoch and the owners' mined
 * claims. Live calls come on session threads; {@link #catchUp} runs on the app's background pool.
 */
public final class HistoryRecorder {
    /** How often the network is asked for new epochs and claims. */
    public static final Duration EVERY = Duration.ofMinutes(1);
    /** A metric of its own: one point per heartbeat the oracle accepted (the rollups' counts are per bucket). */
    public static final String ACCEPTED_HEARTBEATS = "heartbeats.accepted";
    /** Epochs asked for at most, going back, for a device not asked about before. */
    static final int BACKFILL_EPOCHS = 500;
    private static final Duration PRUNE_EVERY = Duration.ofHours(6);
    private static final Logger LOG = LoggerFactory.getLogger(HistoryRecorder.class);

    private final HistoryStore history;
    private final Supplier<NetworkProfile> network;
    private final Supplier<List<MyDevice>> myDevices;
    private final Function<NetworkProfile, OracleClient> oracles;
    private final Function<NetworkProfile, AccountHistory> accounts;
    private final Clock clock;
    private volatile Set<String> mine = Set.of();
    private static final Duration REREAD_AFTER = Duration.ofSeconds(5);
    private volatile Instant listRead = Instant.EPOCH;
    private Instant lastPrune = Instant.MIN;

    /**
     * @param myDevices the devices onboarded here on the active network (read each round)
     */
    public HistoryRecorder(HistoryStore history, Supplier<NetworkProfile> network, Supplier<List<MyDevice>> myDevices,
                           Function<NetworkProfile, OracleClient> oracles, Function<NetworkProfile, AccountHistory> accounts,
                           Clock clock) {
        this.history = history;
        this.network = network;
        this.myDevices = myDevices;
        this.oracles = oracles;
        this.accounts = accounts;
        this.clock = clock;
    }

    public HistoryStore history() {
        return history;
    }

    /** A frame of a device session: a heartbeat its own key signed means its device is online now. */
    public void frame(Object frame) {
        if (frame instanceof OdpMessage.Notification notification) {
            Heartbeat.from(notification).filter(h -> h.verify() == Verification.VERIFIED)
                    .ifPresent(h -> seen(h.device().value()));
        }
    }

    /** A reading of a host-attested sensor: it is online, and each numeric value is kept under its name. */
    public void sensorRead(String device, Map<String, Object> event) {
        if (!seen(device)) {
            return;
        }
        Instant now = clock.instant();
        history.readings(event.entrySet().stream().filter(entry -> entry.getValue() instanceof Number)
                .map(entry -> new HistoryStore.Reading(device, entry.getKey(), now, ((Number) entry.getValue()).doubleValue()))
                .toList());
    }

    /** The wizard took a just-onboarded device's first heartbeat to the network: it is online now. */
    public void firstHeartbeat(String device) {
        seen(device);
    }

    /** A heartbeat the oracle accepted through the relay. */
    public void accepted(QueuedHeartbeat heartbeat) {
        if (mine.contains(heartbeat.device().toLowerCase(Locale.ROOT))) {
            history.reading(heartbeat.device(), ACCEPTED_HEARTBEATS, Instant.ofEpochSecond(heartbeat.time()), 1);
        }
    }

    private boolean seen(String device) {
        String address = device.toLowerCase(Locale.ROOT);
        if (!mine.contains(address) && !justOnboarded(address)) {
            return false;
        }
        history.deviceSeen(address, clock.instant());
        return true;
    }

    // A device heard that the list does not hold may have been onboarded since the last catch-up: read the list
    // again, at most every few seconds, so its first minute is kept too.
    private boolean justOnboarded(String address) {
        Instant now = clock.instant();
        if (Duration.between(listRead, now).compareTo(REREAD_AFTER) < 0) {
            return false;
        }
        listRead = now;
        refreshDevices();
        return mine.contains(address);
    }

    /** Reads which devices are onboarded here (live sightings of others are not kept); done by each catch-up. */
    public List<MyDevice> refreshDevices() {
        List<MyDevice> devices = myDevices.get();
        mine = devices.stream().map(d -> d.device().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        return devices;
    }

    /**
     * Asks the active network's oracle for the rewards of every closed epoch not asked for yet, for each device
     * onboarded here, and the chain for the claims of their owners; prunes old readings now and then. Blocks.
     * Returns how many epochs were paid.
     */
    /**
     * {@link #catchUp()}, for a reader who goes on with what was recorded when the network cannot be reached:
     * false then (and the reason logged).
     */
    public boolean catchUpIfReachable() {
        try {
            catchUp();
            return true;
        } catch (RuntimeException e) {
            LOG.warn("The history could not catch up with the network; what was recorded is used", Http.unwrap(e));
            return false;
        }
    }

    public int catchUp() {
        List<MyDevice> devices = refreshDevices();
        NetworkProfile profile = network.get();
        OracleClient oracle = oracles.apply(profile);
        long lastClosed = oracle.epochs().join().current().epoch() - 1;
        int paid = 0;
        for (MyDevice device : devices) {
            paid += earnings(oracle, device.device(), lastClosed);
        }
        Set<String> owners = devices.stream().map(d -> d.owner().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        for (String owner : owners) {
            claims(accounts.apply(profile), owner);
        }
        Instant now = clock.instant();
        if (Duration.between(lastPrune, now).compareTo(PRUNE_EVERY) >= 0) {
            history.prune(now);
            lastPrune = now;
        }
        return paid;
    }

    private int earnings(OracleClient oracle, String device, long lastClosed) {
        int paid = 0;
        for (long epoch = Math.max(history.lastChecked(device) + 1, lastClosed - BACKFILL_EPOCHS + 1); epoch <= lastClosed;
             epoch++) {
            Optional<DeviceRewards> rewards;
            try {
                rewards = oracle.deviceRewards(device, epoch).join();
            } catch (CompletionException e) {
                if (Http.unwrap(e) instanceof OracleException.Refused refused
                        && refused.code().filter("unknown_epoch"::equals).isPresent()) {
                    return paid; // closed by the clock, not by the oracle yet: the next round asks again
                }
                throw e;
            }
            if (rewards.isPresent()) {
                history.earning(rewards.get());
                paid++;
            } else {
                history.checked(device, epoch);
            }
        }
        return paid;
    }

    private void claims(AccountHistory account, String owner) {
        for (AccountHistory.Item item : account.of(owner).join()) {
            for (AccountHistory.Event event : item.events()) {
                if (event.name().equals("Claimed")) {
                    history.claim(new HistoryStore.Claim(owner, event.transactionHash(), item.at(), event.amount()));
                }
            }
        }
    }

    /** Catches up now and every {@link #EVERY}, on {@code background}; a failed round is logged and tried again. */
    public ScheduledFuture<?> start(ScheduledExecutorService scheduler, Executor background) {
        AtomicBoolean running = new AtomicBoolean();
        return scheduler.scheduleWithFixedDelay(() -> {
            if (running.compareAndSet(false, true)) {
                background.execute(() -> {
                    try {
                        catchUp();
                    } catch (RuntimeException e) {
                        LOG.info("The history could not catch up with the network this round: {}", String.valueOf(Http.unwrap(e)));
                    } finally {
                        running.set(false);
                    }
                });
            }
        }, 0, EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }
}
