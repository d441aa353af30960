package io.outpost.app.relay;

import io.outpost.app.devices.DeviceWatching;
import io.outpost.app.onboarding.MyDevices.MyDevice;
import io.outpost.app.sensors.HostHeartbeats;
import io.outpost.app.sensors.HostKeys;
import io.outpost.app.wallet.WalletSession;
import io.outpost.devices.catalog.DeviceFamily;
import io.outpost.devices.crypto.DeviceKey;
import io.outpost.devices.odp.Heartbeat;
import io.outpost.devices.serial.LineSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps host-attested sensors earning: follows each one's readings on the port it was onboarded on and, every
 * {@link #EVERY}, signs a heartbeat for each sensor that read in that time. Its key is made from the owner's
 * account the first time the wallet is unlocked and kept in memory until the app closes (it can only sign
 * heartbeats for that sensor), so the idle lock does not stop the sensors. A port the wizard opens is let go
 * (its session goes offline until the wizard closes it, see PortClaims).
 */
public final class SensorAttestation implements AutoCloseable {
    public static final Duration EVERY = Duration.ofSeconds(30);
    private static final Logger LOG = LoggerFactory.getLogger(SensorAttestation.class);

    private final DeviceWatching watching;
    private final Function<DeviceFamily, LineSettings> lines;
    private final HostKeys keys;
    private final Consumer<Heartbeat> out;
    private final Clock clock;
    private final Map<String, Followed> followed = new HashMap<>();
    private final List<BiConsumer<String, Map<String, Object>>> readingListeners = new CopyOnWriteArrayList<>();
    private List<MyDevice> wanted = List.of();
    private boolean closed;

    /** What beating found: heartbeats signed, and sensors that read but wait for the wallet to be unlocked once. */
    public record Beat(int signed, int waitingForWallet) {
    }

    public SensorAttestation(DeviceWatching watching, Function<DeviceFamily, LineSettings> lines, HostKeys keys,
                             Consumer<Heartbeat> out, Clock clock) {
        this.watching = watching;
        this.lines = lines;
        this.keys = keys;
        this.out = out;
        this.clock = clock;
    }

    private final class Followed implements AutoCloseable {
        private final MyDevice device;
        private final AutoCloseable session;
        private final Instant since = clock.instant();
        private volatile Instant lastReading;
        private DeviceKey key;

        Followed(MyDevice device) {
            this.device = device;
            var at = device.attachment().orElseThrow();
            this.session = watching.watch(at.port(), at.family(), lines.apply(at.family()), event -> {
                switch (String.valueOf(event.get("type"))) {
                    case "reading" -> {
                        lastReading = clock.instant();
                        readingListeners.forEach(listener -> listener.accept(device.device(), event));
                    }
                    // Pulled out, or the port taken by the wizard: nothing to vouch for until it reads again.
                    case "offline" -> lastReading = null;
                    default -> { }
                }
            });
        }

        @Override
        public void close() {
            try {
                session.close();
            } catch (Exception e) {
                LOG.warn("Could not stop following the sensor {}", device.device(), e);
            }
        }
    }

    /** {@code listener} hears each reading of a followed sensor (its address and values), on the session's thread. */
    public void addReadingListener(BiConsumer<String, Map<String, Object>> listener) {
        readingListeners.add(listener);
    }

    /** Follows these sensors (host-attested devices with the port they were onboarded on); lets go of any other. */
    public synchronized void follow(List<MyDevice> sensors) {
        if (closed) {
            return; // a last round that ran while the app was closing
        }
        wanted = sensors.stream().filter(device -> device.attachment().isPresent()).toList();
        refresh();
    }

    private void refresh() {
        Map<String, MyDevice> now = new HashMap<>();
        wanted.forEach(device -> now.put(device.device(), device));
        followed.entrySet().removeIf(entry -> {
            boolean gone = !now.containsKey(entry.getKey());
            if (gone) {
                entry.getValue().close();
            }
            return gone;
        });
        now.forEach((address, device) -> followed.computeIfAbsent(address, a -> new Followed(device)));
    }

    /** Signs one heartbeat for each followed sensor that read within {@link #EVERY} and hands it on. */
    public synchronized Beat beat() {
        Instant now = clock.instant();
        int signed = 0;
        int waiting = 0;
        for (Followed sensor : followed.values()) {
            Instant read = sensor.lastReading;
            if (read == null || Duration.between(read, now).compareTo(EVERY) > 0) {
                continue; // unplugged or silent: nothing to vouch for
            }
            if (sensor.key == null) {
                try {
                    sensor.key = keys.keyFor(sensor.device.owner(), sensor.device.attachment().orElseThrow().hardwareId());
                } catch (WalletSession.LockedException e) {
                    waiting++;
                    continue;
                }
            }
            out.accept(HostHeartbeats.make(sensor.key, now, Duration.between(sensor.since, now).toSeconds()));
            signed++;
        }
        return new Beat(signed, waiting);
    }

    @Override
    public synchronized void close() {
        followed.values().forEach(Followed::close);
        followed.clear();
        wanted = List.of();
        closed = true;
    }
}
