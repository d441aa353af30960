package io.outpost.devnet.oracle;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Accepted heartbeats, and the seal that freezes them: once an epoch is being closed, no heartbeat dated
 * inside it or before is stored any more, so the uptime the oracle shows is the uptime it paid for.
 */
final class HeartbeatStore {
    private static final String SEALED_KEY = "sealed_before";

    /** What storing a heartbeat came to. */
    enum Stored { STORED, REPLAYED, SEALED }

    private final OracleDatabase database;

    HeartbeatStore(OracleDatabase database) {
        this.database = database;
    }

    /**
     * Stores the heartbeat unless its seq is not above every seq stored for the device, or its time lies
     * before the seal; checked and stored in one step.
     */
    Stored store(SignedHeartbeat heartbeat, long receivedAt) throws SQLException {
        return database.transaction(c -> {
            if (heartbeat.time() < sealedBefore()) {
                return Stored.SEALED;
            }
            Long highest = database.list("SELECT MAX(seq) FROM heartbeats WHERE device = ?", HeartbeatStore::longOrNull,
                    heartbeat.device()).getFirst();
            if (highest != null && heartbeat.seq() <= highest) {
                return Stored.REPLAYED;
            }
            OracleDatabase.update(c, "INSERT INTO heartbeats (device, seq, time, uptime, signature, received)"
                    + " VALUES (?, ?, ?, ?, ?, ?)", heartbeat.device(), heartbeat.seq(), heartbeat.time(),
                    heartbeat.uptime(), heartbeat.signature(), receivedAt);
            return Stored.STORED;
        });
    }

    private static Long longOrNull(ResultSet result) throws SQLException {
        long value = result.getLong(1);
        return result.wasNull() ? null : value;
    }

    /** Heartbeats dated before {@code unixSeconds} are no longer stored. */
    void seal(long unixSeconds) throws SQLException {
        if (unixSeconds > sealedBefore()) {
            database.putMeta(SEALED_KEY, Long.toString(unixSeconds));
        }
    }

    long sealedBefore() throws SQLException {
        return database.meta(SEALED_KEY).map(Long::parseLong).orElse(Long.MIN_VALUE);
    }

    /** The times of a device's heartbeats in [from, to), ascending. */
    List<Long> times(String device, long from, long to) throws SQLException {
        return database.list("SELECT time FROM heartbeats WHERE device = ? AND time >= ? AND time < ? ORDER BY time",
                result -> result.getLong(1), device, from, to);
    }

    /** The devices with a heartbeat dated in [from, to), in address order. */
    List<String> devices(long from, long to) throws SQLException {
        return database.list("SELECT DISTINCT device FROM heartbeats WHERE time >= ? AND time < ? ORDER BY device",
                result -> result.getString(1), from, to);
    }
}
