package io.outpost.app.relay;

import static org.assertj.core.api.Assertions.assertThat;

import io.outpost.app.storage.LocalDatabase;
import io.outpost.devices.crypto.DeviceKey;
import io.outpost.devices.odp.Heartbeat;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HeartbeatQueueTest {
    private final SignedHeartbeats device = new SignedHeartbeats(key(7));

    @TempDir
    Path folder;

    @Test
    void heartbeatsSurviveARestartInTheOrderTheyCame() {
        try (LocalDatabase database = LocalDatabase.open(folder.resolve("outpost.db"))) {
            HeartbeatQueue queue = new HeartbeatQueue(database, 10);
            queue.add(heartbeat(1), 100);
            queue.add(heartbeat(2), 101);
        }
        try (LocalDatabase database = LocalDatabase.open(folder.resolve("outpost.db"))) {
            assertThat(new HeartbeatQueue(database, 10).oldest(10)).extracting(QueuedHeartbeat::seq).containsExactly(1L, 2L);
        }
    }

    @Test
    void aHeartbeatSentTwiceIsKeptOnce() {
        try (LocalDatabase database = LocalDatabase.open(folder.resolve("outpost.db"))) {
            HeartbeatQueue queue = new HeartbeatQueue(database, 10);
            queue.add(heartbeat(1), 100);
            queue.add(heartbeat(1), 130);
            assertThat(queue.size()).isEqualTo(1);
        }
    }

    @Test
    void aFullQueueLetsTheOldestGo() {
        try (LocalDatabase database = LocalDatabase.open(folder.resolve("outpost.db"))) {
            HeartbeatQueue queue = new HeartbeatQueue(database, 3);
            int pushedOut = 0;
            for (int seq = 1; seq <= 5; seq++) {
                pushedOut += queue.add(heartbeat(seq), 100 + seq);
            }
            assertThat(pushedOut).isEqualTo(2);
            assertThat(queue.oldest(10)).extracting(QueuedHeartbeat::seq).containsExactly(3L, 4L, 5L);
        }
    }

    @Test
    void dropsOnlyHeartbeatsOlderThanTheLimitAndRemovesDeliveredOnes() {
        try (LocalDatabase database = LocalDatabase.open(folder.resolve("outpost.db"))) {
            HeartbeatQueue queue = new HeartbeatQueue(database, 10);
            queue.add(heartbeat(1, 1_000), 0);
            queue.add(heartbeat(2, 1_100), 0);
            queue.add(heartbeat(3, 1_200), 0);
            assertThat(queue.dropOlderThan(1_100)).isEqualTo(1);
            queue.remove(queue.oldest(1));
            assertThat(queue.oldest(10)).extracting(QueuedHeartbeat::seq).containsExactly(3L);
        }
    }

    private Heartbeat heartbeat(long seq) {
        return heartbeat(seq, 1_700_000_000L + seq * 30);
    }

    private Heartbeat heartbeat(long seq, long time) {
        return Heartbeat.from(device.heartbeat(seq, time)).orElseThrow();
    }

    static DeviceKey key(int seed) {
        byte[] scalar = new byte[32];
        Arrays.fill(scalar, (byte) seed);
        return DeviceKey.fromBytes(scalar);
    }
}
