package io.outpost.devices.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.outpost.devices.protocol.FrameParser;
import io.outpost.devices.protocol.ParserStats;
import io.outpost.devices.serial.JSerialCommPorts;
import io.outpost.devices.serial.LineSettings;
import io.outpost.devices.serial.PtyPair;
import io.outpost.devices.serial.SerialLink;
import io.outpost.devices.serial.SerialPorts;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A session on a real pty pair: frames flow, an unplug is reported, a re-plug reconnects within 2 s; a port that
 * stays away is tried less and less often.
 */
@Timeout(30)
class DeviceSessionPtyTest {
    @TempDir
    Path temp;

    private final BlockingQueue<String> events = new LinkedBlockingQueue<>();

    /** Lines as frames: enough protocol to watch a session work. */
    private static final class Lines implements FrameParser<String> {
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();

        @Override
        public List<String> feed(byte[] data, int offset, int length) {
            List<String> frames = new ArrayList<>();
            for (int i = offset; i < offset + length; i++) {
                if (data[i] == '\n') {
                    frames.add(line.toString(StandardCharsets.US_ASCII));
                    line.reset();
                } else {
                    line.write(data[i]);
                }
            }
            return frames;
        }

        @Override
        public ParserStats stats() {
            return ParserStats.EMPTY;
        }
    }

    private final SessionListener<String> listener = new SessionListener<>() {
        @Override
        public void online(String path) {
            events.add("online");
        }

        @Override
        public void frame(String frame) {
            events.add("frame " + frame);
        }

        @Override
        public void offline(String path, String reason) {
            events.add("offline " + reason);
        }
    };

    private String next() throws InterruptedException {
        String event = events.poll(5, TimeUnit.SECONDS);
        assertThat(event).as("an event within 5 s").isNotNull();
        return event;
    }

    @Test
    void framesFlowAndAReplugReconnects() throws Exception {
        Path device = temp.resolve("device");
        Path host = temp.resolve("host");
        JSerialCommPorts ports = new JSerialCommPorts();
        PtyPair pair = PtyPair.start(device, host);
        DeviceSession<String> session = new DeviceSession<>(ports, host.toString(), LineSettings.eightNOne(9600), Lines::new,
                listener).start();
        try {
            assertThat(next()).isEqualTo("online");
            try (SerialLink emulator = ports.open(device.toString(), LineSettings.eightNOne(9600))) {
                emulator.write("hello\n".getBytes(StandardCharsets.US_ASCII));
                assertThat(next()).isEqualTo("frame hello");
            }

            pair.close();
            assertThat(next()).startsWith("offline");

            long replugged = System.nanoTime();
            pair = PtyPair.start(device, host);
            assertThat(next()).isEqualTo("online");
            assertThat(Duration.ofNanos(System.nanoTime() - replugged)).isLessThan(Duration.ofSeconds(2));
            try (SerialLink emulator = ports.open(device.toString(), LineSettings.eightNOne(9600))) {
                emulator.write("again\n".getBytes(StandardCharsets.US_ASCII));
                assertThat(next()).isEqualTo("frame again");
            }
        } finally {
            long closing = System.nanoTime();
            session.close();
            assertThat(Duration.ofNanos(System.nanoTime() - closing)).isLessThan(Duration.ofSeconds(2));
            pair.close();
        }
    }

    // 100 unplugged devices tried 4 times a second each kept the idle app busy: a port that stays away is tried less.
    @Test
    void aPortThatStaysAwayIsTriedLessAndLessOftenAndReportedOnce() throws Exception {
        JSerialCommPorts real = new JSerialCommPorts();
        AtomicInteger tries = new AtomicInteger();
        SerialPorts counting = (path, settings) -> {
            tries.incrementAndGet();
            return real.open(path, settings);
        };
        DeviceSession<String> session = new DeviceSession<>(counting, temp.resolve("unplugged").toString(),
                LineSettings.eightNOne(9600), Lines::new, listener).start();
        try {
            assertThat(next()).startsWith("offline");
            Thread.sleep(3_000);
        } finally {
            session.close();
        }

        // Every 250 ms: 13 tries in 3 s. Backing off to once a second: 250, 500, 1,000, 1,000 ms, so about 5.
        assertThat(tries.get()).isBetween(3, 7);
        assertThat(events).as("offline is told once, not at every try").isEmpty();
    }
}
