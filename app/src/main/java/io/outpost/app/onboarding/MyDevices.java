package io.outpost.app.onboarding;

import io.outpost.app.storage.LocalDatabase;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The devices this computer onboarded: their names (which the chain does not keep) and how they were proven. */
public final class MyDevices {
    private final LocalDatabase database;

    /** One device as onboarded here; {@code device} is its lowercase address. */
    public record MyDevice(String device, long chainId, String owner, String name, TrustClass trust, long location,
                           Optional<String> registration) {
    }

    public MyDevices(LocalDatabase database) {
        this.database = database;
        database.use(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("""
                        CREATE TABLE IF NOT EXISTS my_devices (
                          device TEXT NOT NULL, chain_id INTEGER NOT NULL, owner TEXT NOT NULL, name TEXT NOT NULL,
                          trust TEXT NOT NULL, location INTEGER NOT NULL, registration TEXT,
                          PRIMARY KEY (device, chain_id))""");
            }
            return null;
        });
    }

    /** Adds the device, or updates what is known of it (a new name, the registration's hash). */
    public void save(MyDevice device) {
        database.use(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO my_devices (device, chain_id, owner, name, trust, location, registration)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (device, chain_id) DO UPDATE SET owner = excluded.owner, name = excluded.name,
                      trust = excluded.trust, location = excluded.location,
                      registration = COALESCE(excluded.registration, my_devices.registration)""")) {
                insert.setString(1, device.device());
                insert.setLong(2, device.chainId());
                insert.setString(3, device.owner());
                insert.setString(4, device.name());
                insert.setString(5, device.trust().name());
                insert.setLong(6, device.location());
                insert.setString(7, device.registration().orElse(null));
                insert.executeUpdate();
            }
            return null;
        });
    }

    public List<MyDevice> on(long chainId) {
        return database.use(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT * FROM my_devices WHERE chain_id = ? ORDER BY name")) {
                query.setLong(1, chainId);
                List<MyDevice> devices = new ArrayList<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        devices.add(new MyDevice(rows.getString("device"), rows.getLong("chain_id"), rows.getString("owner"),
                                rows.getString("name"), TrustClass.valueOf(rows.getString("trust")), rows.getLong("location"),
                                Optional.ofNullable(rows.getString("registration"))));
                    }
                }
                return devices;
            }
        });
    }
}
