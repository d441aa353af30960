package io.outpost.app.alerts;

import io.outpost.app.storage.LocalDatabase;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The alerts raised on this computer, newest first, kept in the app's database (the alert history). */
public final class AlertLog {
    private final LocalDatabase database;

    public AlertLog(LocalDatabase database) {
        this.database = database;
        database.use(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("""
                        CREATE TABLE IF NOT EXISTS alerts (
                          id INTEGER PRIMARY KEY, kind TEXT NOT NULL, device TEXT NOT NULL, name TEXT NOT NULL,
                          since INTEGER NOT NULL, at INTEGER NOT NULL)""");
            }
            return null;
        });
    }

    public void add(Alert alert) {
        database.use(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO alerts (kind, device, name, since, at) VALUES (?, ?, ?, ?, ?)")) {
                insert.setString(1, alert.kind().name());
                insert.setString(2, alert.device());
                insert.setString(3, alert.name());
                insert.setLong(4, alert.since().getEpochSecond());
                insert.setLong(5, alert.at().getEpochSecond());
                insert.executeUpdate();
            }
            return null;
        });
    }

    public List<Alert> recent(int limit) {
        return database.use(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT kind, device, name, since, at FROM alerts ORDER BY id DESC LIMIT ?")) {
                query.setInt(1, limit);
                List<Alert> alerts = new ArrayList<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        alerts.add(new Alert(Alert.Kind.valueOf(rows.getString(1)), rows.getString(2), rows.getString(3),
                                Instant.ofEpochSecond(rows.getLong(4)), Instant.ofEpochSecond(rows.getLong(5))));
                    }
                }
                return alerts;
            }
        });
    }
}
