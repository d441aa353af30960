package io.outpost.app.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

/**
 * The app's SQLite file. One connection, used under this object's lock: the app writes little and rarely,
 * and one writer is what SQLite wants. WAL journaling, so a crash or a pulled plug loses at most the
 * statement being written.
 */
public final class LocalDatabase implements AutoCloseable {
    private static final int SQLITE_BUSY = 5;
    private static final int WAL_ATTEMPTS = 100;
    private static final Duration WAL_RETRY = Duration.ofMillis(50);

    private final Connection connection;

    private LocalDatabase(Connection connection) {
        this.connection = connection;
    }

    public static LocalDatabase open(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA busy_timeout=5000");
                useWal(statement);
            }
            return new LocalDatabase(connection);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new StorageException("Could not open " + file, e);
        }
    }

    // Switching a file to WAL needs it to itself, and when another Outpost opens it at the same moment SQLite
    // can answer "busy" at once rather than wait (two terminals started together): try again for a while.
    private static void useWal(Statement statement) throws SQLException {
        for (int attempt = 1; ; attempt++) {
            try {
                statement.execute("PRAGMA journal_mode=WAL");
                return;
            } catch (SQLException e) {
                if ((e.getErrorCode() & 0xff) != SQLITE_BUSY || attempt == WAL_ATTEMPTS) { // BUSY or one of its extended codes
                    throw e;
                }
                LockSupport.parkNanos(WAL_RETRY.toNanos());
            }
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
