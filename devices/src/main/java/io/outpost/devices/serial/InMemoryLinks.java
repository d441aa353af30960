package io.outpost.devices.serial;

import java.io.IOException;
import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Two serial links joined back to back in memory, like a null-modem cable: what one side writes the other
 * reads. For unit tests and for emulators that need no real port. Closing either side ends both.
 */
public final class InMemoryLinks {
    private static final byte[] CLOSED = new byte[0];

    private final AtomicBoolean closed = new AtomicBoolean();
    private final End host;
    private final End device;

    public InMemoryLinks(String path) {
        BlockingQueue<byte[]> toDevice = new LinkedBlockingQueue<>();
        BlockingQueue<byte[]> toHost = new LinkedBlockingQueue<>();
        this.host = new End(path, toHost, toDevice);
        this.device = new End(path + "#device", toDevice, toHost);
    }

    /** The side the app opens. */
    public SerialLink host() {
        return host;
    }

    /** The side a device (or an emulator) uses. */
    public SerialLink device() {
        return device;
    }

    private final class End implements SerialLink {
        private final String path;
        private final BlockingQueue<byte[]> incoming;
        private final BlockingQueue<byte[]> outgoing;
        private byte[] pending = new byte[0];

        End(String path, BlockingQueue<byte[]> incoming, BlockingQueue<byte[]> outgoing) {
            this.path = path;
            this.incoming = incoming;
            this.outgoing = outgoing;
        }

        @Override
        public String path() {
            return path;
        }

        @Override
        public int read(byte[] buffer, int timeoutMillis) throws IOException {
            if (pending.length == 0) {
                try {
                    byte[] next = incoming.poll(Math.max(0, timeoutMillis), TimeUnit.MILLISECONDS);
                    if (next == CLOSED || (next == null && closed.get())) {
                        incoming.offer(CLOSED);
                        throw new IOException(path + " is gone");
                    }
                    pending = next == null ? pending : next;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while reading " + path, e);
                }
            }
            int n = Math.min(buffer.length, pending.length);
            System.arraycopy(pending, 0, buffer, 0, n);
            pending = Arrays.copyOfRange(pending, n, pending.length);
            return n;
        }

        @Override
        public void write(byte[] data) throws IOException {
            if (closed.get()) {
                throw new IOException(path + " is gone");
            }
            outgoing.add(data.clone());
        }

        @Override
        public void close() {
            if (closed.compareAndSet(false, true)) {
                host.incoming.offer(CLOSED);
                device.incoming.offer(CLOSED);
            }
        }
    }
}
