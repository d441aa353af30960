package io.outpost.app.relay;

import static org.assertj.core.api.Assertions.assertThat;

import io.outpost.app.relay.HeartbeatUplink.Delivery;
import io.outpost.app.storage.LocalDatabase;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The relay's rules for what the oracle answers. The oracle here is a scripted uplink; the relay against the
 * real reference oracle on a real chain is in the devnet end-to-end test.
 */
class HeartbeatRelayTest {
    private static final long NOW = 1_800_000_000L;
    private final SignedHeartbeats device = new SignedHeartbeats(HeartbeatQueueTest.key(9));
    private final ScriptedOracle oracle = new ScriptedOracle();
    private Instant now = Instant.ofEpochSecond(NOW);
    private LocalDatabase database;
    private HeartbeatRelay relay;

    @TempDir
    Path folder;

    @BeforeEach
    void open() {
        database = LocalDatabase.open(folder.resolve("outpost.db"));
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
        relay = new HeartbeatRelay(new HeartbeatQueue(database, 1_000), oracle, clock);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void acceptedAndRefusedHeartbeatsLeaveTheQueueAndAreCounted() {
        relay.offer(device.heartbeat(1, NOW));
        relay.offer(device.heartbeat(2, NOW));
        oracle.answers.add(batch -> List.of(new Delivery.Accepted(), new Delivery.Refused("unregistered", "not on-chain")));
        relay.drain();
        RelayStatus status = relay.status();
        assertThat(status.delivered()).isEqualTo(1);
        assertThat(status.refused()).isEqualTo(Map.of("unregistered", 1L));
        assertThat(status.waiting()).isZero();
    }

    @Test
    void aLocallyForgedHeartbeatIsNeverSent() {
        relay.offer(device.tampered(1, NOW));
        relay.drain();
        assertThat(oracle.batches).isEmpty();
        assertThat(relay.status().refused()).isEqualTo(Map.of("bad_signature", 1L));
    }

    @Test
    void anUnreachableOracleKeepsEverythingAndIsTriedAgainAfterABackoff() {
        relay.offer(device.heartbeat(1, NOW));
        oracle.answers.add(batch -> {
            throw new IllegalStateException("connection refused");
        });
        relay.drain();
        assertThat(relay.status().waiting()).isEqualTo(1);
        assertThat(relay.status().lastProblem()).hasValueSatisfying(p -> assertThat(p).contains("connection refused"));

        relay.drain();
        assertThat(oracle.batches).hasSize(1);

        now = now.plusSeconds(3);
        oracle.answers.add(batch -> List.of(new Delivery.Accepted()));
        relay.drain();
        assertThat(oracle.batches).hasSize(2);
        assertThat(relay.status().waiting()).isZero();
    }

    @Test
    void aRateLimitIsHonouredBeforeTheNextTry() {
        relay.offer(device.heartbeat(1, NOW));
        oracle.answers.add(batch -> List.of(new Delivery.RetryLater(Duration.ofSeconds(20))));
        relay.drain();
        now = now.plusSeconds(19);
        relay.drain();
        assertThat(oracle.batches).hasSize(1);
        now = now.plusSeconds(1);
        oracle.answers.add(batch -> List.of(new Delivery.Accepted()));
        relay.drain();
        assertThat(oracle.batches).hasSize(2);
        assertThat(relay.status().delivered()).isEqualTo(1);
    }

    @Test
    void heartbeatsTooOldForTheOracleAreDroppedAndCounted() {
        relay.offer(device.heartbeat(1, NOW - 200));
        relay.offer(device.heartbeat(2, NOW - 5));
        oracle.answers.add(batch -> List.of(new Delivery.Accepted()));
        relay.drain();
        assertThat(oracle.batches).singleElement().satisfies(b -> assertThat(b).extracting(QueuedHeartbeat::seq).containsExactly(2L));
        assertThat(relay.status().expired()).isEqualTo(1);
    }

    @Test
    void aLongQueueGoesOutInBatchesOfAtMostOneHundred() {
        for (int seq = 0; seq < 250; seq++) {
            relay.offer(device.heartbeat(seq, NOW));
        }
        for (int i = 0; i < 3; i++) {
            oracle.answers.add(batch -> batch.stream().<Delivery>map(h -> new Delivery.Accepted()).toList());
        }
        relay.drain();
        assertThat(oracle.batches).extracting(List::size).containsExactly(100, 100, 50);
        assertThat(relay.status().delivered()).isEqualTo(250);
    }

    /** Answers each batch with the next scripted function; a function that throws is an unreachable oracle. */
    private static final class ScriptedOracle implements HeartbeatUplink {
        final Deque<Function<List<QueuedHeartbeat>, List<Delivery>>> answers = new ArrayDeque<>();
        final List<List<QueuedHeartbeat>> batches = new ArrayList<>();

        @Override
        public CompletableFuture<List<Delivery>> deliver(List<QueuedHeartbeat> batch) {
            batches.add(batch);
            try {
                return CompletableFuture.completedFuture(answers.removeFirst().apply(batch));
            } catch (RuntimeException e) {
                return CompletableFuture.failedFuture(new IOException(e.getMessage()));
            }
        }
    }
}
