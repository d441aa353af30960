package io.outpost.app.devices;

import io.outpost.devices.serial.PortOpenException;
import io.outpost.devices.serial.SerialLink;
import io.outpost.devices.serial.SerialPorts;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Who in this program has a port open, so that what the user asks for comes first. A serial port opens only
 * once at a time, and the app listens to plugged-in Outpost devices in the background (for the heartbeat
 * relay): when the user opens such a port (the onboarding wizard, a probe), the background session lets go
 * of it, and its own retries are refused until the user's link is closed, after which it takes the port back.
 */
public final class PortClaims {
    private final SerialPorts ports;
    private final Map<String, SerialLink> background = new HashMap<>();
    private final Map<String, Integer> foreground = new HashMap<>();

    public PortClaims(SerialPorts ports) {
        this.ports = ports;
    }

    /** Opens for listening in the background: refused (busy) while the user has the port open. */
    public SerialPorts background() {
        return (path, settings) -> {
            synchronized (this) {
                if (foreground.containsKey(path)) {
                    throw new PortOpenException(path, PortOpenException.Reason.BUSY, "in use by Outpost itself");
                }
                SerialLink link = new Claimed(ports.open(path, settings), closed -> releaseBackground(path, closed));
                background.put(path, link);
                return link;
            }
        };
    }

    /** Opens for the user: a background session on the same port is closed first. */
    public SerialPorts foreground() {
        return (path, settings) -> {
            SerialLink listening;
            synchronized (this) {
                listening = background.remove(path);
                foreground.merge(path, 1, Integer::sum);
            }
            if (listening != null) {
                listening.close();
            }
            try {
                return new Claimed(ports.open(path, settings), closed -> releaseForeground(path));
            } catch (PortOpenException | RuntimeException e) {
                releaseForeground(path);
                throw e;
            }
        };
    }

    // Only its own entry: the port may have been let go of and opened again in the background since.
    private synchronized void releaseBackground(String path, SerialLink link) {
        background.remove(path, link);
    }

    private synchronized void releaseForeground(String path) {
        foreground.computeIfPresent(path, (p, n) -> n > 1 ? n - 1 : null);
    }

    /** A link that gives its claim back once, when it is closed. */
    private static final class Claimed implements SerialLink {
        private final SerialLink link;
        private final Consumer<SerialLink> release;
        private final AtomicBoolean closed = new AtomicBoolean();

        Claimed(SerialLink link, Consumer<SerialLink> release) {
            this.link = link;
            this.release = release;
        }

        @Override
        public String path() {
            return link.path();
        }

        @Override
        public int read(byte[] buffer, int timeoutMillis) throws IOException {
            return link.read(buffer, timeoutMillis);
        }

        @Override
        public void write(byte[] data) throws IOException {
            link.write(data);
        }

        @Override
        public void close() {
            if (closed.compareAndSet(false, true)) {
                try {
                    link.close();
                } finally {
                    release.accept(this);
                }
            }
        }
    }
}
