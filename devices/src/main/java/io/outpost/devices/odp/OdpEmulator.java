package io.outpost.devices.odp;

import io.outpost.devices.crypto.DeviceKey;
import io.outpost.crypto.Eip191;
import io.outpost.crypto.Hex;
import io.outpost.devices.emulate.Emulator;
import io.outpost.devices.serial.SerialLink;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.time.Clock;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The reference device in software: its own secp256k1 key kept in a file, answers to every ODP/1 method,
 * the spec's signing policy, and a signed heartbeat right after "boot" and then every interval.
 */
public final class OdpEmulator implements Emulator {
    private final DeviceKey key;
    private final EmulatorKeyFile state;
    private final OdpDeviceLogic logic;
    private final Clock clock;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private volatile boolean running = true;
    private boolean lineTooLong;

    private OdpEmulator(DeviceKey key, EmulatorKeyFile state, Clock clock) {
        this.key = key;
        this.state = state;
        this.clock = clock;
        this.logic = new OdpDeviceLogic(key, System.nanoTime());
    }

    /** The emulated device whose key and heartbeat counter live in {@code folder} (created on first use). */
    public static OdpEmulator inFolder(Path folder, Clock clock) throws IOException {
        EmulatorKeyFile state = new EmulatorKeyFile(folder);
        return new OdpEmulator(state.loadOrCreate(new SecureRandom()), state, clock);
    }

    public String deviceAddress() {
        return key.address().value();
    }

    @Override
    public void serve(SerialLink link) {
        byte[] buffer = new byte[1024];
        try {
            long nextHeartbeat = System.nanoTime();
            int interval = logic.heartbeatInterval();
            while (running) {
                if (logic.heartbeatInterval() != interval) {
                    interval = logic.heartbeatInterval();
                    nextHeartbeat = sooner(nextHeartbeat, interval);
                }
                if (System.nanoTime() >= nextHeartbeat) {
                    send(link, heartbeat());
                    nextHeartbeat = System.nanoTime() + logic.heartbeatInterval() * 1_000_000_000L;
                }
                int n = link.read(buffer, 100);
                for (int i = 0; i < n; i++) {
                    accept(link, buffer[i]);
                }
            }
        } catch (IOException e) {
            // The host closed the port or the cable was pulled: the device falls silent.
            LoggerFactory.getLogger(OdpEmulator.class).info("Emulated device {} stopped: {}", deviceAddress(), e.getMessage());
        }
    }

    // A shorter interval configured counts from now: the next beat does not wait out the old one.
    private static long sooner(long nextHeartbeat, int intervalSeconds) {
        return Math.min(nextHeartbeat, System.nanoTime() + intervalSeconds * 1_000_000_000L);
    }

    // Collects one line; over-long lines are answered with a parse error once their end arrives.
    private void accept(SerialLink link, byte b) throws IOException {
        if (b == '\n') {
            byte[] bytes = line.toByteArray();
            int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
            int start = firstBrace(bytes, length);
            if (lineTooLong) {
                send(link, logic.answer(new byte[0], 0, System.nanoTime()).orElseThrow());
            } else if (start >= 0) {
                byte[] json = Arrays.copyOfRange(bytes, start, length);
                logic.answer(json, json.length, System.nanoTime()).ifPresent(answer -> sendQuietly(link, answer));
            }
            line.reset();
            lineTooLong = false;
        } else if (line.size() < OdpJson.MAX_LINE_BYTES) {
            line.write(b);
        } else {
            lineTooLong = true;
        }
    }

    private static int firstBrace(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            if (bytes[i] == '{') {
                return i;
            }
        }
        return -1;
    }

    private String heartbeat() throws IOException {
        long seq = state.nextSeq();
        long time = clock.instant().getEpochSecond();
        String text = "outpost-heartbeat:" + deviceAddress() + ":" + seq + ":" + time;
        ObjectNode message = OdpJson.object();
        message.put("jsonrpc", "2.0");
        message.put("method", Heartbeat.METHOD);
        ObjectNode params = message.putObject("params");
        params.put("device", deviceAddress());
        params.put("seq", seq);
        params.put("time", time);
        params.put("uptime", logic.uptimeSeconds(System.nanoTime()));
        params.put("signature", Hex.encode(key.sign(Eip191.hash(text))));
        return OdpJson.write(message);
    }

    private static void send(SerialLink link, String json) throws IOException {
        link.write((json + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static void sendQuietly(SerialLink link, String json) {
        try {
            send(link, json);
        } catch (IOException e) {
            // The next read sees the link gone and ends the loop.
        }
    }

    @Override
    public void stop() {
        running = false;
    }
}
