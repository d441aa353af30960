package io.outpost.app.onboarding;

import io.outpost.app.devices.DeviceWatching;
import io.outpost.app.sensors.HostHeartbeats;
import io.outpost.app.sensors.HostKeys;
import io.outpost.crypto.Hex;
import io.outpost.devices.crypto.DeviceKey;
import io.outpost.devices.odp.Coordinates;
import io.outpost.devices.odp.Heartbeat;
import io.outpost.devices.odp.Network;
import io.outpost.devices.odp.Onboard;
import io.outpost.devices.probe.Identification;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A sensor without a key of its own (SDS011, a GNSS receiver, a smart meter): this computer follows its readings,
 * makes a key for it from the owner's ({@link HostKeys}) and signs for it while it sees it working. A lower trust
 * class than a device that signs for itself, and said so. Unplugged, it waits for the sensor to come back.
 */
public final class SensorDevice implements OnboardingDevice {
    /** A reading older than this means the sensor stopped: nothing is signed for it. */
    static final Duration FRESH = Duration.ofSeconds(30);
    private static final List<String> ID_FIELDS = List.of("id", "equipmentId", "uniqueId");

    private final String port;
    private final Identification found;
    private final HostKeys keys;
    private final Clock clock;
    private final List<Consumer<Map<String, Object>>> listeners = new CopyOnWriteArrayList<>();
    private final AutoCloseable watch;
    private final Instant since;
    private Map<String, Object> reading;
    private Instant readAt;
    private boolean online = true;

    public SensorDevice(String port, Identification found, DeviceWatching watching, HostKeys keys, Clock clock) {
        this.port = port;
        this.found = found;
        this.keys = keys;
        this.clock = clock;
        this.since = clock.instant();
        this.reading = found.reading();
        this.readAt = since;
        this.watch = watching.watch(port, found.family(), found.line(), this::heard);
    }

    /** What tells a sensor apart: its family and the id it reports, or else the port it is on. */
    static String hardwareIdOf(Identification found, String port) {
        String id = ID_FIELDS.stream().map(found.identity()::get).filter(value -> value != null && !value.toString().isBlank())
                .map(Object::toString).findFirst().orElse(port);
        return found.family().name().toLowerCase(Locale.ROOT) + ":" + id;
    }

    private void heard(Map<String, Object> event) {
        Map<String, Object> values = null;
        synchronized (this) {
            switch (String.valueOf(event.get("type"))) {
                case "online" -> online = true;
                case "offline" -> online = false;
                case "reading" -> {
                    values = Map.copyOf(event);
                    reading = values;
                    readAt = clock.instant();
                    online = true;
                    notifyAll();
                }
                default -> { }
            }
        }
        if (values != null) {
            Map<String, Object> heard = values;
            listeners.forEach(listener -> listener.accept(heard));
        }
    }

    /** {@code listener} hears every new reading, on the sensor's thread. */
    public void onReading(Consumer<Map<String, Object>> listener) {
        listeners.add(listener);
    }

    @Override
    public synchronized DeviceFacts facts() {
        Object firmware = found.identity().getOrDefault("firmware", found.identity().getOrDefault("dsmrVersion", ""));
        return new DeviceFacts(found.family(), TrustClass.HOST_ATTESTED, found.model(), hardwareId().substring(
                hardwareId().indexOf(':') + 1), firmware.toString(), Optional.empty(), reading);
    }

    /** Where a GNSS receiver says it is (its latest fix); empty for other sensors or without a fix. */
    @Override
    public synchronized Optional<Coordinates> ownPosition() {
        return positionIn(reading);
    }

    /** The position in a reading ({@code lat} and {@code lon}, as a GNSS receiver's fix gives them). */
    static Optional<Coordinates> positionIn(Map<String, Object> reading) {
        if (reading.get("lat") instanceof Number lat && reading.get("lon") instanceof Number lon) {
            try {
                return Optional.of(new Coordinates(lat.doubleValue(), lon.doubleValue()));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    @Override
    public String port() {
        return port;
    }

    @Override
    public String hardwareId() {
        return hardwareIdOf(found, port);
    }

    @Override
    public String address(String owner) {
        return keys.keyFor(owner, hardwareId()).address().value();
    }

    /** Signs for the sensor only while it is plugged in and reading: its key stands for a working sensor. */
    @Override
    public String sign(Onboard onboard, String owner) throws IOException {
        working();
        DeviceKey key = keys.keyFor(owner, hardwareId());
        return Hex.encode(key.sign(onboard.hash()));
    }

    @Override
    public void configure(Network network, Coordinates where) {
        // A sensor keeps no settings of the network: this computer holds its key and place.
    }

    @Override
    public Optional<Heartbeat> nextHeartbeat(String owner, Duration wait) throws IOException {
        Instant asked = clock.instant();
        long deadline = System.nanoTime() + wait.toNanos();
        synchronized (this) {
            while (!readAt.isAfter(asked)) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return Optional.empty();
                }
                try {
                    wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while waiting for the sensor");
                }
            }
        }
        Instant now = clock.instant();
        return Optional.of(HostHeartbeats.make(keys.keyFor(owner, hardwareId()), now, Duration.between(since, now).toSeconds()));
    }

    private synchronized void working() throws IOException {
        if (!online || Duration.between(readAt, clock.instant()).compareTo(FRESH) > 0) {
            throw new IOException("the sensor on " + port + " sends no readings");
        }
    }

    @Override
    public void close() {
        try {
            watch.close();
        } catch (Exception e) {
            throw new IllegalStateException("could not let go of " + port, e);
        }
    }
}
