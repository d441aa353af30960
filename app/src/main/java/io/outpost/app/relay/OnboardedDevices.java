package io.outpost.app.relay;

import io.outpost.app.onboarding.MyDevices.MyDevice;
import io.outpost.app.onboarding.TrustClass;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the devices onboarded on this computer earning while the app runs: each round, the ODP devices are
 * listened to on the ports they were onboarded on (their heartbeats go to the relay), and each host-attested
 * sensor that read recently gets a heartbeat signed for it. Rounds follow {@link SensorAttestation#EVERY}.
 */
public final class OnboardedDevices implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OnboardedDevices.class);

    private final Supplier<List<MyDevice>> onboarded;
    private final AttachedDeviceRelay relay;
    private final SensorAttestation sensors;
    private final List<Consumer<SensorAttestation.Beat>> listeners = new CopyOnWriteArrayList<>();

    /** @param onboarded the devices onboarded here on the active network (read each round: it may change) */
    public OnboardedDevices(Supplier<List<MyDevice>> onboarded, AttachedDeviceRelay relay, SensorAttestation sensors) {
        this.onboarded = onboarded;
        this.relay = relay;
        this.sensors = sensors;
    }

    /** One round: who to listen to, then a heartbeat for each sensor that read since the last round. */
    public SensorAttestation.Beat round() {
        List<MyDevice> devices = onboarded.get().stream().filter(device -> device.attachment().isPresent()).toList();
        relay.alsoListenTo(devices.stream().filter(device -> device.trust() == TrustClass.HARDWARE_VERIFIED)
                .map(device -> device.attachment().orElseThrow().port()).collect(Collectors.toSet()));
        sensors.follow(devices.stream().filter(device -> device.trust() == TrustClass.HOST_ATTESTED).toList());
        SensorAttestation.Beat beat = sensors.beat();
        if (beat.waitingForWallet() > 0) {
            LOG.info("{} sensor(s) wait for the wallet to be unlocked once before Outpost can sign for them",
                    beat.waitingForWallet());
        }
        listeners.forEach(listener -> listener.accept(beat));
        return beat;
    }

    /** {@code listener} hears what each round did (on the round's thread): the window tells of waiting sensors. */
    public void addListener(Consumer<SensorAttestation.Beat> listener) {
        listeners.add(listener);
    }

    /** {@code listener} hears each reading of a host-attested sensor followed here (the local history records them). */
    public void addReadingListener(BiConsumer<String, Map<String, Object>> listener) {
        sensors.addReadingListener(listener);
    }

    /** Runs a round now and then every {@link SensorAttestation#EVERY}, on {@code background}; cancel to stop. */
    public ScheduledFuture<?> start(ScheduledExecutorService scheduler, Executor background) {
        return scheduler.scheduleWithFixedDelay(() -> background.execute(() -> {
            try {
                round();
            } catch (RuntimeException e) {
                LOG.warn("Following the devices onboarded here failed; the next round tries again", e);
            }
        }), 0, SensorAttestation.EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Stops following the sensors (the relay's sessions close with the relay). */
    @Override
    public void close() {
        sensors.close();
    }
}
