package io.outpost.devices.watch;

import io.outpost.devices.serial.SerialPortInfo;
import io.outpost.devices.serial.SerialPortScanner;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls the port list (every second by default, on the executor it is given, never a UI thread) and reports
 * ports that appeared or disappeared. Listing can fail on a flaky driver; that poll is skipped, not fatal.
 */
public final class PortWatcher {
    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(1);
    private static final Logger LOG = LoggerFactory.getLogger(PortWatcher.class);

    private final SerialPortScanner scanner;
    private final Consumer<PortEvent> listener;
    private Map<PortIdentity, SerialPortInfo> known = Map.of();

    public PortWatcher(SerialPortScanner scanner, Consumer<PortEvent> listener) {
        this.scanner = scanner;
        this.listener = listener;
    }

    /** Polls every {@code interval} until the returned future is cancelled. */
    public ScheduledFuture<?> start(ScheduledExecutorService executor, Duration interval) {
        return executor.scheduleWithFixedDelay(this::poll, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The ports seen at the last poll. */
    public synchronized List<SerialPortInfo> current() {
        return List.copyOf(known.values());
    }

    /** One poll: lists the ports and reports the difference from the last poll. */
    public synchronized List<PortEvent> poll() {
        List<SerialPortInfo> ports;
        try {
            ports = scanner.listPorts();
        } catch (RuntimeException e) {
            LOG.warn("Listing serial ports failed; trying again at the next poll", e);
            return List.of();
        }
        Map<PortIdentity, SerialPortInfo> now = new LinkedHashMap<>();
        ports.forEach(port -> now.put(PortIdentity.of(port), port));
        List<PortEvent> events = new ArrayList<>();
        known.forEach((identity, port) -> {
            if (!now.containsKey(identity)) {
                events.add(new PortEvent(PortEvent.Kind.DETACHED, identity, port));
            }
        });
        now.forEach((identity, port) -> {
            if (!known.containsKey(identity)) {
                events.add(new PortEvent(PortEvent.Kind.ATTACHED, identity, port));
            }
        });
        known = now;
        events.forEach(listener);
        return events;
    }
}
