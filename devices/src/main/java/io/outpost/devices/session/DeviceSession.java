package io.outpost.devices.session;

import io.outpost.devices.protocol.FrameParser;
import io.outpost.devices.serial.LineSettings;
import io.outpost.devices.serial.PortOpenException;
import io.outpost.devices.serial.SerialLink;
import io.outpost.devices.serial.SerialPorts;
import java.io.IOException;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Keeps one device's port open and its frames flowing: reads on a thread of its own, feeds a fresh
 * parser per connection, reports the device offline when the port vanishes, and reopens it when it comes back:
 * first after {@link #RETRY}, then less often while it fails the same way, down to once every {@link #MAX_RETRY}
 * (a computer with many devices unplugged spends little on trying). {@link #close()} returns within a read slice;
 * it never hangs.
 */
public final class DeviceSession<F> implements AutoCloseable {
    public static final Duration RETRY = Duration.ofMillis(250);
    public static final Duration MAX_RETRY = Duration.ofSeconds(1);
    private static final int READ_SLICE_MILLIS = 100;

    private final SerialPorts ports;
    private final String path;
    private final LineSettings settings;
    private final Supplier<? extends FrameParser<? extends F>> parsers;
    private final SessionListener<F> listener;
    private volatile boolean running = true;
    private volatile SerialLink link;
    private Thread thread;

    public DeviceSession(SerialPorts ports, String path, LineSettings settings,
                         Supplier<? extends FrameParser<? extends F>> parsers,
                         SessionListener<F> listener) {
        this.ports = ports;
        this.path = path;
        this.settings = settings;
        this.parsers = parsers;
        this.listener = listener;
    }

    public DeviceSession<F> start() {
        // A platform thread: serial reads block in native code, which pins a virtual thread to its carrier;
        // looping on such reads, a session would hold a carrier for good and starve other virtual threads.
        thread = Thread.ofPlatform().daemon().name("device-session " + path).start(this::run);
        return this;
    }

    /** Writes to the device; false when it is not connected right now. */
    public boolean write(byte[] data) {
        SerialLink current = link;
        if (current == null) {
            return false;
        }
        try {
            current.write(data);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private void run() {
        String lastReason = null;
        Duration wait = RETRY;
        while (running) {
            try (SerialLink opened = ports.open(path, settings)) {
                link = opened;
                lastReason = null;
                wait = RETRY;
                listener.online(path);
                pump(opened, parsers.get());
            } catch (PortOpenException | IOException e) {
                String reason = e instanceof PortOpenException p ? p.reason().name() : "VANISHED";
                boolean again = reason.equals(lastReason);
                if (running && !again) {
                    listener.offline(path, reason);
                }
                wait = again ? longer(wait) : RETRY;
                lastReason = reason;
            } finally {
                link = null;
            }
            pause(wait);
        }
    }

    private void pump(SerialLink opened, FrameParser<? extends F> parser) throws IOException {
        byte[] buffer = new byte[4096];
        while (running) {
            int n = opened.read(buffer, READ_SLICE_MILLIS);
            if (n > 0) {
                parser.feed(buffer, 0, n).forEach(listener::frame);
            }
        }
    }

    private static Duration longer(Duration wait) {
        Duration doubled = wait.multipliedBy(2);
        return doubled.compareTo(MAX_RETRY) < 0 ? doubled : MAX_RETRY;
    }

    private void pause(Duration wait) {
        if (!running) {
            return;
        }
        try {
            Thread.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public void close() {
        running = false;
        SerialLink current = link;
        if (current != null) {
            current.close();
        }
        if (thread != null) {
            thread.interrupt(); // wakes a pause between two tries at once: closing many sessions adds no waits up
            try {
                thread.join(Duration.ofSeconds(1));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
