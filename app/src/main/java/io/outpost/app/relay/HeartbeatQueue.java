package io.outpost.app.relay;

import io.outpost.app.storage.LocalDatabase;
import io.outpost.devices.odp.Heartbeat;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Heartbeats waiting to reach the oracle, kept in the app's database so that a restart or a network outage
 * loses none that could still count. Bounded: when full, the oldest go first (the newest prove more).
 * A heartbeat the device sent twice (same device and seq) is kept once.
 */
public final class HeartbeatQueue {
    private final LocalDatabase database;
    private final int capacity;

    public HeartbeatQueue(LocalDatabase database, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        this.database = database;
        this.capacity = capacity;
        database.use(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("""
                        CREATE TABLE IF NOT EXISTS relay_queue (
                          id INTEGER PRIMARY KEY AUTOINCREMENT, device TEXT NOT NULL, seq INTEGER NOT NULL,
                          time INTEGER NOT NULL, uptime INTEGER NOT NULL, signature TEXT NOT NULL,
                          queued_at INTEGER NOT NULL, UNIQUE (device, seq))""");
            }
            return null;
        });
    }

    /** Queues a heartbeat; returns how many old ones made room for it (0 while below capacity). */
    public int add(Heartbeat heartbeat, long now) {
        return database.use(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT OR IGNORE INTO relay_queue (device, seq, time, uptime, signature, queued_at) VALUES (?,?,?,?,?,?)")) {
                insert.setString(1, heartbeat.device().value());
                insert.setLong(2, heartbeat.seq());
                insert.setLong(3, heartbeat.time());
                insert.setLong(4, heartbeat.uptime());
                insert.setString(5, heartbeat.signature());
                insert.setLong(6, now);
                insert.executeUpdate();
            }
            try (PreparedStatement trim = connection.prepareStatement(
                    "DELETE FROM relay_queue WHERE id IN (SELECT id FROM relay_queue ORDER BY id DESC LIMIT -1 OFFSET ?)")) {
                trim.setInt(1, capacity);
                return trim.executeUpdate();
            }
        });
    }

    /** The oldest {@code limit} heartbeats, oldest first. */
    public List<QueuedHeartbeat> oldest(int limit) {
        return database.use(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id, device, seq, time, uptime, signature, queued_at FROM relay_queue ORDER BY id LIMIT ?")) {
                select.setInt(1, limit);
                List<QueuedHeartbeat> batch = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        batch.add(new QueuedHeartbeat(rows.getLong(1), rows.getString(2), rows.getLong(3), rows.getLong(4),
                                rows.getLong(5), rows.getString(6), rows.getLong(7)));
                    }
                }
                return batch;
            }
        });
    }

    public void remove(Collection<QueuedHeartbeat> done) {
        if (done.isEmpty()) {
            return;
        }
        database.use(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM relay_queue WHERE id = ?")) {
                for (QueuedHeartbeat heartbeat : done) {
                    delete.setLong(1, heartbeat.id());
                    delete.addBatch();
                }
                return delete.executeBatch();
            }
        });
    }

    /** Drops heartbeats whose device time is before {@code oldestUseful}; returns how many. */
    public int dropOlderThan(long oldestUseful) {
        return database.use(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM relay_queue WHERE time < ?")) {
                delete.setLong(1, oldestUseful);
                return delete.executeUpdate();
            }
        });
    }

    public int size() {
        return database.use(connection -> {
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM relay_queue")) {
                rows.next();
                return rows.getInt(1);
            }
        });
    }
}
