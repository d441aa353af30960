package io.outpost.app.onboarding;

import io.outpost.app.storage.LocalDatabase;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Optional;

/**
 * Where the onboarding wizard was, kept in the app's database so that closing the app (or pulling the cable)
 * does not lose it: the port, the device, and what the user typed. One wizard, so one row.
 */
public final class OnboardingProgress {
    private final LocalDatabase database;

    /** What the wizard knew: the device on {@code port}, its name and place as typed (maybe still empty). */
    public record Saved(String port, String device, String name, String lat, String lon) {
    }

    public OnboardingProgress(LocalDatabase database) {
        this.database = database;
        database.use(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("""
                        CREATE TABLE IF NOT EXISTS onboarding_progress (
                          id INTEGER PRIMARY KEY CHECK (id = 1), port TEXT NOT NULL, device TEXT NOT NULL,
                          name TEXT NOT NULL, lat TEXT NOT NULL, lon TEXT NOT NULL)""");
            }
            return null;
        });
    }

    public void save(Saved saved) {
        database.use(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("""
                    INSERT INTO onboarding_progress (id, port, device, name, lat, lon) VALUES (1, ?, ?, ?, ?, ?)
                    ON CONFLICT (id) DO UPDATE SET port = excluded.port, device = excluded.device, name = excluded.name,
                      lat = excluded.lat, lon = excluded.lon""")) {
                upsert.setString(1, saved.port());
                upsert.setString(2, saved.device());
                upsert.setString(3, saved.name());
                upsert.setString(4, saved.lat());
                upsert.setString(5, saved.lon());
                upsert.executeUpdate();
            }
            return null;
        });
    }

    public Optional<Saved> load() {
        return database.use(connection -> {
            try (Statement query = connection.createStatement();
                 ResultSet row = query.executeQuery("SELECT port, device, name, lat, lon FROM onboarding_progress")) {
                return row.next() ? Optional.of(new Saved(row.getString(1), row.getString(2), row.getString(3),
                        row.getString(4), row.getString(5))) : Optional.empty();
            }
        });
    }

    public void clear() {
        database.use(connection -> {
            try (Statement delete = connection.createStatement()) {
                delete.execute("DELETE FROM onboarding_progress");
            }
            return null;
        });
    }
}
