package io.outpost.app.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The app's SQLite file. One connection, used under this object's lock: the app writes little and rarely,
 * and one writer is what SQLite wants. WAL journaling, so a crash or a pulled plug loses at most the
 * statement being written.
 */
public final class LocalDatabase implements AutoCloseable {
    private final Connection connection;

    private LocalDatabase(Connection connection) {
        this.connection = connection;
    }

    public static LocalDatabase open(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA journal_mode=WAL");
                statement.execute("PRAGMA busy_timeout=5000");
            }
            return new LocalDatabase(connection);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new StorageException("Could not open " + file, e);
        }
    }

    /** Runs {@code work} with the connection, one caller at a time. */
    public synchronized <T> T use(Work<T> work) {
        try {
            return work.apply(connection);
        } catch (SQLException e) {
            throw new StorageException(e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StorageException("Could not close the database", e);
        }
    }

    @FunctionalInterface
    public interface Work<T> {
        T apply(Connection connection) throws SQLException;
    }

    /** A database problem: the file is unreadable, full, or locked by another Outpost. */
    public static final class StorageException extends RuntimeException {
        public StorageException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
