package io.outpost.app.onboarding;

import io.outpost.app.storage.LocalDatabase;
import io.outpost.devices.catalog.DeviceFamily;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The devices this computer onboarded: their names (which the chain does not keep) and how they were proven. */
public final class MyDevices {
    private final LocalDatabase database;

    /**
     * One device as onboarded here; {@code device} is its lowercase address; {@code attachment} where it was
     * plugged in (empty for devices remembered before Outpost kept that).
     */
    public record MyDevice(String device, long chainId, String owner, String name, TrustClass trust, long location,
                           Optional<String> registration, Optional<Attachment> attachment) {
    }

    /** The port a device was onboarded on, how to read it, and what tells it apart ({@code sds011:A160}). */
    public record Attachment(String port, DeviceFamily family, String hardwareId) {
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
                addAttachmentColumns(connection, statement);
            }
            return null;
        });
    }

    // Files from before the attachment was kept get its three columns, empty for the devices they hold.
    private static void addAttachmentColumns(Connection connection, Statement statement) throws SQLException {
        try (ResultSet columns = connection.getMetaData().getColumns(null, null, "my_devices", "port")) {
            if (columns.next()) {
                return;
            }
        }
        for (String column : List.of("port", "family", "hardware_id")) {
            statement.execute("ALTER TABLE my_devices ADD COLUMN " + column + " TEXT");
        }
    }

    /** Adds the device, or updates what is known of it (a new name, the registration's hash). */
    public void save(MyDevice device) {
        database.use(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO my_devices (device, chain_id, owner, name, trust, location, registration, port, family,
                      hardware_id)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (device, chain_id) DO UPDATE SET owner = excluded.owner, name = excluded.name,
                      trust = excluded.trust, location = excluded.location,
                      registration = COALESCE(excluded.registration, my_devices.registration),
                      port = COALESCE(excluded.port, my_devices.port), family = COALESCE(excluded.family, my_devices.family),
                      hardware_id = COALESCE(excluded.hardware_id, my_devices.hardware_id)""")) {
                insert.setString(1, device.device());
                insert.setLong(2, device.chainId());
                insert.setString(3, device.owner());
                insert.setString(4, device.name());
                insert.setString(5, device.trust().name());
                insert.setLong(6, device.location());
                insert.setString(7, device.registration().orElse(null));
                Optional<Attachment> at = device.attachment();
                insert.setString(8, at.map(Attachment::port).orElse(null));
                insert.setString(9, at.map(a -> a.family().name()).orElse(null));
                insert.setString(10, at.map(Attachment::hardwareId).orElse(null));
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
                                Optional.ofNullable(rows.getString("registration")), attachment(rows)));
                    }
                }
                return devices;
            }
        });
    }

    private static Optional<Attachment> attachment(ResultSet row) throws SQLException {
        String port = row.getString("port");
        return port == null ? Optional.empty() : Optional.of(new Attachment(port, DeviceFamily.valueOf(row.getString("family")),
                row.getString("hardware_id")));
    }
}
