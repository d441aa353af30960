package io.outpost.devnet.oracle;

import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The oracle's SQLite file: one connection, used by one thread at a time (SQLite has one writer anyway),
 * in WAL mode so a crash loses at most the transaction in flight. The schema carries a version number; a
 * file from a newer oracle is refused rather than misread.
 */
final class OracleDatabase implements AutoCloseable {
    static final int SCHEMA_VERSION = 1;

    private static final String[] SCHEMA = {
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        "CREATE TABLE heartbeats (device TEXT NOT NULL, seq INTEGER NOT NULL, time INTEGER NOT NULL,"
                + " uptime INTEGER NOT NULL, signature TEXT NOT NULL, received INTEGER NOT NULL, PRIMARY KEY (device, seq))",
        "CREATE INDEX heartbeats_by_time ON heartbeats (time, device)",
        "CREATE TABLE epochs (epoch INTEGER PRIMARY KEY, root TEXT NOT NULL, total TEXT NOT NULL, status TEXT NOT NULL,"
                + " tx_hash TEXT, raw_tx TEXT, closed_at INTEGER NOT NULL)",
        "CREATE TABLE epoch_owners (epoch INTEGER NOT NULL, owner TEXT NOT NULL, cumulative TEXT NOT NULL,"
                + " proof TEXT NOT NULL, PRIMARY KEY (epoch, owner))",
        "CREATE TABLE epoch_devices (epoch INTEGER NOT NULL, device TEXT NOT NULL, owner TEXT NOT NULL, cell TEXT NOT NULL,"
                + " covered INTEGER NOT NULL, cell_devices INTEGER NOT NULL, stake TEXT NOT NULL, reward TEXT NOT NULL,"
                + " PRIMARY KEY (epoch, device))",
    };

    /** A step of work on the connection. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Reads one row of a result. */
    @FunctionalInterface
    interface Row<T> {
        T read(ResultSet result) throws SQLException;
    }

    private final Connection connection;

    private OracleDatabase(Connection connection) {
        this.connection = connection;
    }

    static OracleDatabase open(Path file) throws IOException, SQLException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        OracleDatabase database = new OracleDatabase(connection);
        try {
            database.prepare();
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
        return database;
    }

    private void prepare() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA journal_mode=WAL");
            statement.execute("PRAGMA synchronous=FULL");
            statement.execute("PRAGMA busy_timeout=5000");
            int version;
            try (ResultSet result = statement.executeQuery("PRAGMA user_version")) {
                version = result.getInt(1);
            }
            if (version > SCHEMA_VERSION) {
                throw new SQLException("the oracle database has schema version " + version + "; this oracle knows "
                        + SCHEMA_VERSION + " at most");
            }
            if (version == 0) {
                createSchema();
            }
        }
    }

    private void createSchema() throws SQLException {
        transaction(c -> {
            try (Statement statement = c.createStatement()) {
                for (String sql : SCHEMA) {
                    statement.execute(sql);
                }
                statement.execute("PRAGMA user_version=" + SCHEMA_VERSION);
            }
            return null;
        });
    }

    /** Runs {@code work} alone on the connection. */
    synchronized <T> T read(Work<T> work) throws SQLException {
        return work.run(connection);
    }

    /** Runs {@code work} alone on the connection, in one transaction: all of it is stored, or none. */
    synchronized <T> T transaction(Work<T> work) throws SQLException {
        connection.setAutoCommit(false);
        try {
            T result = work.run(connection);
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /** The rows of a query whose {@code ?} are the parameters, in order. */
    <T> List<T> list(String sql, Row<T> row, Object... parameters) throws SQLException {
        return read(c -> {
            try (PreparedStatement query = prepare(c, sql, parameters); ResultSet result = query.executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (result.next()) {
                    rows.add(row.read(result));
                }
                return rows;
            }
        });
    }

    <T> Optional<T> first(String sql, Row<T> row, Object... parameters) throws SQLException {
        return list(sql, row, parameters).stream().findFirst();
    }

    int update(String sql, Object... parameters) throws SQLException {
        return read(c -> update(c, sql, parameters));
    }

    static int update(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(c, sql, parameters)) {
            return statement.executeUpdate();
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = c.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }

    Optional<String> meta(String key) throws SQLException {
        return first("SELECT value FROM meta WHERE key = ?", result -> result.getString(1), key);
    }

    void putMeta(String key, String value) throws SQLException {
        read(c -> putMeta(c, key, value));
    }

    static int putMeta(Connection c, String key, String value) throws SQLException {
        return update(c, "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", key, value);
    }

    @Override
    public synchronized void close() throws SQLException {
        connection.close();
    }
}
