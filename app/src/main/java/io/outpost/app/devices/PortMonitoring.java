package io.outpost.app.devices;

import io.outpost.devices.serial.SerialPortScanner;
import io.outpost.devices.watch.PortWatcher;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Keeps the list of plugged-in USB serial devices current: polls on the app's scheduler (never a UI thread)
 * and hands the whole list to {@code sink} each time a device is plugged in or pulled out. Built-in serial
 * ports (no USB id, not added by the app) are left out: to a provider they are not devices.
 */
public final class PortMonitoring {
    /** How often the port list is read: often enough that a plugged-in device shows up at once. */
    public static final Duration INTERVAL = Duration.ofSeconds(1);

    private final SerialPortScanner scanner;
    private final DeviceDiscovery discovery;
    private final ScheduledExecutorService scheduler;

    public PortMonitoring(SerialPortScanner scanner, DeviceDiscovery discovery, ScheduledExecutorService scheduler) {
        this.scanner = scanner;
        this.discovery = discovery;
        this.scheduler = scheduler;
    }

    /** Starts polling every {@link #INTERVAL}; cancel the returned future to stop. The first list comes at once. */
    public ScheduledFuture<?> start(Consumer<List<DiscoveredPort>> sink) {
        return start(INTERVAL, sink);
    }

    /** Starts polling every {@code interval}; cancel the returned future to stop. The first list comes at once. */
    public ScheduledFuture<?> start(Duration interval, Consumer<List<DiscoveredPort>> sink) {
        SerialPortScanner devicesOnly = () -> scanner.listPorts().stream().filter(discovery::isDevice).toList();
        PortWatcher watcher = new PortWatcher(devicesOnly, event -> { });
        AtomicBoolean first = new AtomicBoolean(true);
        return scheduler.scheduleWithFixedDelay(() -> {
            boolean changed = !watcher.poll().isEmpty();
            if (changed || first.getAndSet(false)) {
                sink.accept(discovery.describe(watcher.current()));
            }
        }, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }
}
