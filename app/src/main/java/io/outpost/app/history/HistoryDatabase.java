package io.outpost.app.history;

import io.outpost.app.storage.LocalDatabase.StorageException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The history's own SQLite file: WAL, {@code synchronous=NORMAL} except around the writes of earnings and
 * claims ({@link #durably}), versioned migrations in {@code PRAGMA user_version}, and {@code PRAGMA quick_check}
 * on open. A damaged file is set aside as {@code history.db.corrupt-<time>} (with its -wal and -shm) and a new one
 * is started; a file of a newer Outpost is refused. One connection, used under this object's lock.
 */
final class HistoryDatabase implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HistoryDatabase.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final Connection connection;
    private final Optional<Path> setAside;

    private HistoryDatabase(Connection connection, Optional<Path> setAside) {
        this.connection = connection;
        this.setAside = setAside;
    }

    /** A file written by a newer Outpost is kept as it is, and this one does not open it. */
    private static StorageException newer(Path file, int version) {
        return new StorageException(file + " was written by a newer version of Outpost (history format " + version
                + ", this one knows up to " + HistorySchema.VERSION + "). Update Outpost, or move the file away to start"
                + " a new history.", null);
    }

    static HistoryDatabase open(Path file, Clock clock) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Optional<Path> aside = Optional.empty();
            Connection connection = connect(file);
            if (!intact(connection)) {
                if (connection != null) {
                    connection.close();
                }
                aside = Optional.of(setAside(file, clock));
                connection = connect(file);
            }
            migrate(file, connection);
            return new HistoryDatabase(connection, aside);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new StorageException("Could not open " + file + ": " + e.getMessage(), e);
        }
    }

    private static Connection connect(Path file) throws SQLException {
        Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA busy_timeout=5000");
            statement.execute("PRAGMA journal_mode=WAL");
            statement.execute("PRAGMA synchronous=NORMAL");
        } catch (SQLException e) {
            connection.close();
            if (isDamage(e)) {
                return null; // told apart by intact(null)
            }
            throw e;
        }
        return connection;
    }

    private static boolean isDamage(SQLException e) {
        int code = e.getErrorCode() & 0xff;
        return code == 11 || code == 26; // SQLITE_CORRUPT, SQLITE_NOTADB
    }

    /** {@code PRAGMA quick_check} says "ok" (a file that cannot even be read as a database is not intact). */
    private static boolean intact(Connection connection) throws SQLException {
        if (connection == null) {
            return false;
        }
        List<String> problems = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("PRAGMA quick_check")) {
            while (rows.next()) {
                problems.add(rows.getString(1));
            }
        } catch (SQLException e) {
            if (isDamage(e)) {
                return false;
            }
            throw e;
        }
        return problems.equals(List.of("ok"));
    }

    private static Path setAside(Path file, Clock clock) throws IOException {
        Path aside = file.resolveSibling(file.getFileName() + ".corrupt-" + STAMP.format(clock.instant()));
        LOG.warn("The history {} failed its integrity check; it is kept as {} and a new history starts", file, aside);
        Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
        for (String suffix : List.of("-wal", "-shm")) {
            Path companion = file.resolveSibling(file.getFileName() + suffix);
            if (Files.exists(companion)) {
                Files.move(companion, aside.resolveSibling(aside.getFileName() + suffix), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return aside;
    }

    private static void migrate(Path file, Connection connection) throws SQLException {
        int version = userVersion(connection);
        if (version > HistorySchema.VERSION) {
            connection.close();
            throw newer(file, version);
        }
        for (int next = version + 1; next <= HistorySchema.VERSION; next++) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                for (String sql : HistorySchema.migrationTo(next)) {
                    statement.execute(sql);
                }
                statement.execute("PRAGMA user_version=" + next);
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    private static int userVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery("PRAGMA user_version")) {
            return row.next() ? row.getInt(1) : 0;
        }
    }

    /** Where a damaged file was set aside when this one was opened; empty when the file was sound. */
    Optional<Path> setAside() {
        return setAside;
    }

    /** Runs {@code work} in one transaction ({@code synchronous=NORMAL}: a power cut may lose the last ones). */
    synchronized <T> T transaction(Work<T> work) {
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.apply(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StorageException(e.getMessage(), e);
        }
    }

    /** Like {@link #transaction}, with {@code synchronous=FULL}: committed means on the disk (earnings, claims). */
    synchronized <T> T durably(Work<T> work) {
        pragma("PRAGMA synchronous=FULL");
        try {
            return transaction(work);
        } finally {
            pragma("PRAGMA synchronous=NORMAL");
        }
    }

    /** Runs a read (or a single statement) with the connection. */
    synchronized <T> T read(Work<T> work) {
        try {
            return work.apply(connection);
        } catch (SQLException e) {
            throw new StorageException(e.getMessage(), e);
        }
    }

    private void pragma(String sql) {
        read(c -> {
            try (Statement statement = c.createStatement()) {
                statement.execute(sql);
            }
            return null;
        });
    }

    /** The synchronous level now in force (1 NORMAL, 2 FULL), for tests. */
    int synchronousLevel() {
        return read(c -> {
            try (Statement statement = c.createStatement(); ResultSet row = statement.executeQuery("PRAGMA synchronous")) {
                row.next();
                return row.getInt(1);
            }
        });
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StorageException("Could not close the history", e);
        }
    }

    @FunctionalInterface
    interface Work<T> {
        T apply(Connection connection) throws SQLException;
    }
}
