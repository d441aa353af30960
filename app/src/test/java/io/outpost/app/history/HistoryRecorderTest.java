package io.outpost.app.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.outpost.app.onboarding.MyDevices.MyDevice;
import io.outpost.app.onboarding.TrustClass;
import io.outpost.app.relay.QueuedHeartbeat;
import io.outpost.app.relay.SignedHeartbeats;
import io.outpost.devices.crypto.DeviceKey;
import io.outpost.devnet.oracle.TestClock;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The recorder keeps what the app sees live of the devices onboarded here, and nothing of others. */
class HistoryRecorderTest {
    private static final long T0 = 1_900_000_000L;
    private static final String SENSOR = "0x00000000000000000000000000000000000000c5";

    @TempDir
    Path temp;

    private static DeviceKey key(int n) {
        byte[] scalar = new byte[32];
        scalar[31] = (byte) n;
        return DeviceKey.fromBytes(scalar);
    }

    private static MyDevice mine(String device, TrustClass trust) {
        return new MyDevice(device, 31337, "0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266", "mine", trust, 0, Optional.empty(),
                Optional.empty());
    }

    @Test
    void heartbeatsSensorReadingsAndAcceptedHeartbeatsOfMyDevicesAreKept() {
        DeviceKey hotspot = key(7);
        DeviceKey stranger = key(8);
        TestClock clock = new TestClock(T0);
        try (HistoryStore history = HistoryStore.open(temp.resolve("history.db"), clock, () -> 365)) {
            HistoryRecorder recorder = new HistoryRecorder(history, () -> null, () -> List.of(
                    mine(hotspot.address().value(), TrustClass.HARDWARE_VERIFIED), mine(SENSOR, TrustClass.HOST_ATTESTED)),
                    network -> null, network -> null, clock);
            recorder.refreshDevices();
            SignedHeartbeats beats = new SignedHeartbeats(hotspot);

            recorder.frame(beats.tampered(1, T0));
            clock.advance(30);
            recorder.frame(beats.heartbeat(2, T0 + 30));
            clock.advance(60);
            recorder.frame(beats.heartbeat(3, T0 + 90));
            recorder.frame(new SignedHeartbeats(stranger).heartbeat(1, T0 + 90));
            Map<String, Object> reading = new LinkedHashMap<>();
            reading.put("type", "reading");
            reading.put("pm25Ugm3", 12.5);
            reading.put("pm10Ugm3", 20);
            recorder.sensorRead(SENSOR, reading);
            recorder.accepted(new QueuedHeartbeat(1, hotspot.address().value(), 3, T0 + 90, 60, "0x", T0 + 90));
            recorder.accepted(new QueuedHeartbeat(2, stranger.address().value(), 1, T0 + 90, 60, "0x", T0 + 90));

            Instant from = Instant.ofEpochSecond(T0);
            Instant to = from.plusSeconds(600);
            assertThat(history.online(hotspot.address().value(), from, to)).as("the forged heartbeat does not count")
                    .containsExactly(new History.Span(from.plusSeconds(30), from.plusSeconds(90)));
            assertThat(history.online(stranger.address().value(), from, to)).isEmpty();
            assertThat(history.readings(SENSOR, "pm25Ugm3", from, to, 600)).containsExactly(new History.Point(from.plusSeconds(90), 12.5));
            assertThat(history.readings(SENSOR, "pm10Ugm3", from, to, 600)).extracting(History.Point::value).containsExactly(20.0);
            assertThat(history.readings(SENSOR, "type", from, to, 600)).isEmpty();
            assertThat(history.readings(hotspot.address().value(), HistoryRecorder.ACCEPTED_HEARTBEATS, from, to, 600))
                    .containsExactly(new History.Point(from.plusSeconds(90), 1.0));
            assertThat(history.readings(stranger.address().value(), HistoryRecorder.ACCEPTED_HEARTBEATS, from, to, 600)).isEmpty();
        }
    }
}
