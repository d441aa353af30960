package io.outpost.app.alerts;

import io.outpost.app.storage.LocalDatabase;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The alerts raised on this computer, kept in the app's database (the alert history), and the days whose
 * summary was told. What it holds outlives a run: a device told offline stays told until it is back.
 */
public final class AlertLog {
    private static final String COLUMNS = "SELECT kind, device, name, since, at FROM alerts ";

    private final LocalDatabase database;

    public AlertLog(LocalDatabase database) {
        this.database = database;
        database.use(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("""
                        CREATE TABLE IF NOT EXISTS alerts (
                          id INTEGER PRIMARY KEY, kind TEXT NOT NULL, device TEXT NOT NULL, name TEXT NOT NULL,
                          since INTEGER NOT NULL, at INTEGER NOT NULL)""");
                statement.execute("CREATE TABLE IF NOT EXISTS summaries_told (day TEXT PRIMARY KEY, at INTEGER NOT NULL)");
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

    /** The newest alerts first, at most {@code limit}. */
    public List<Alert> recent(int limit) {
        return query(COLUMNS + "ORDER BY id DESC LIMIT ?", limit);
    }

    /** Each device's last alert (OFFLINE without a later BACK_ONLINE: still told offline), by device. */
    public Map<String, Alert> lastOfEachDevice() {
        Map<String, Alert> last = new LinkedHashMap<>();
        query(COLUMNS + "WHERE id IN (SELECT MAX(id) FROM alerts GROUP BY device) ORDER BY id")
                .forEach(alert -> last.put(alert.device(), alert));
        return last;
    }

    /** The alerts raised in [from, to), oldest first. */
    public List<Alert> between(Instant from, Instant to) {
        return query(COLUMNS + "WHERE at >= ? AND at < ? ORDER BY id", from.getEpochSecond(), to.getEpochSecond());
    }

    /** Whether the summary of {@code day} was told already. */
    public boolean summaryTold(LocalDate day) {
        return database.use(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM summaries_told WHERE day = ?")) {
                query.setString(1, day.toString());
                try (ResultSet row = query.executeQuery()) {
                    return row.next();
                }
            }
        });
    }

    /** Remembers that the summary of {@code day} was told; false when it was already (it is told once). */
    public boolean summaryToldNow(LocalDate day, Instant at) {
        return database.use(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT OR IGNORE INTO summaries_told (day, at) VALUES (?, ?)")) {
                insert.setString(1, day.toString());
                insert.setLong(2, at.getEpochSecond());
                return insert.executeUpdate() == 1;
            }
        });
    }

    private List<Alert> query(String sql, long... parameters) {
        return database.use(connection -> {
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    query.setLong(i + 1, parameters[i]);
                }
                return alerts(query);
            }
        });
    }

    private static List<Alert> alerts(PreparedStatement query) throws SQLException {
        List<Alert> alerts = new ArrayList<>();
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                alerts.add(new Alert(Alert.Kind.valueOf(rows.getString(1)), rows.getString(2), rows.getString(3),
                        Instant.ofEpochSecond(rows.getLong(4)), Instant.ofEpochSecond(rows.getLong(5))));
            }
        }
        return alerts;
    }
}
