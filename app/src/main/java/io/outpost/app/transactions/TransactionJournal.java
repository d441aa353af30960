package io.outpost.app.transactions;

import io.outpost.app.storage.LocalDatabase;
import io.outpost.app.transactions.JournalEntry.State;
import java.math.BigInteger;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/** The app's record of every transaction it signed, in its database; the source of truth after a restart. */
public final class TransactionJournal {
    private final LocalDatabase database;

    public TransactionJournal(LocalDatabase database) {
        this.database = database;
        database.use(connection -> {
            try (Statement statement = connection.createStatement()) {
                // The write lock first: Outposts started together (two terminals) must not both add a column.
                statement.execute("BEGIN IMMEDIATE");
                try {
                    statement.execute("""
                            CREATE TABLE IF NOT EXISTS transactions (
                              hash TEXT PRIMARY KEY, chain_id INTEGER NOT NULL, account TEXT NOT NULL, nonce INTEGER NOT NULL,
                              raw BLOB NOT NULL, state TEXT NOT NULL, problem TEXT, recorded_at INTEGER NOT NULL)""");
                    addMissingColumns(statement);
                    statement.execute("COMMIT");
                } catch (SQLException e) {
                    statement.execute("ROLLBACK");
                    throw e;
                }
            }
            return null;
        });
    }

    // Journals written before the columns existed gain them; their old rows read as calls that paid no one.
    private static void addMissingColumns(Statement statement) throws SQLException {
        Set<String> columns = new HashSet<>();
        try (ResultSet rows = statement.executeQuery("PRAGMA table_info(transactions)")) {
            while (rows.next()) {
                columns.add(rows.getString("name"));
            }
        }
        for (String column : List.of("to_address TEXT", "value TEXT NOT NULL DEFAULT '0'", "recipient TEXT")) {
            if (!columns.contains(column.substring(0, column.indexOf(' ')))) {
                statement.execute("ALTER TABLE transactions ADD COLUMN " + column);
            }
        }
    }

    public void record(JournalEntry entry) {
        database.use(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO transactions (hash, chain_id, account, nonce, raw, state, problem, recorded_at, to_address, value,"
                            + " recipient) VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
                insert.setString(1, entry.hash());
                insert.setLong(2, entry.chainId());
                insert.setString(3, entry.account().toLowerCase(Locale.ROOT));
                insert.setLong(4, entry.nonce());
                insert.setBytes(5, entry.raw());
                insert.setString(6, entry.state().name());
                insert.setString(7, entry.problem().orElse(null));
                insert.setLong(8, entry.recordedAt());
                insert.setString(9, entry.to().map(TransactionJournal::lower).orElse(null));
                insert.setString(10, entry.value().toString());
                insert.setString(11, entry.recipient().map(TransactionJournal::lower).orElse(null));
                return insert.executeUpdate();
            }
        });
    }

    public void settle(String hash, State state, Optional<String> problem) {
        database.use(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE transactions SET state = ?, problem = ? WHERE hash = ?")) {
                update.setString(1, state.name());
                update.setString(2, problem.orElse(null));
                update.setString(3, hash);
                return update.executeUpdate();
            }
        });
    }

    public Optional<JournalEntry> byHash(String hash) {
        return select("SELECT * FROM transactions WHERE hash = ?", hash).stream().findFirst();
    }

    /** Every transaction of a chain still pending, oldest nonce first. */
    public List<JournalEntry> pending(long chainId) {
        return select("SELECT * FROM transactions WHERE chain_id = ? AND state = 'PENDING' ORDER BY account, nonce", chainId);
    }

    /** The highest nonce of the account's transactions still pending on the chain. */
    public OptionalLong highestPendingNonce(long chainId, String account) {
        return select("SELECT * FROM transactions WHERE chain_id = ? AND account = ? AND state = 'PENDING' ORDER BY nonce DESC",
                chainId, account.toLowerCase(Locale.ROOT)).stream().mapToLong(JournalEntry::nonce).findFirst();
    }

    /** The account's transactions on a chain, newest first. */
    public List<JournalEntry> ofAccount(long chainId, String account) {
        return select("SELECT * FROM transactions WHERE chain_id = ? AND account = ? ORDER BY recorded_at DESC, nonce DESC, rowid DESC",
                chainId, lower(account));
    }

    /** Whom the account has paid on a chain (transactions refused by the node aside), most recent first. */
    public List<String> recipients(long chainId, String account) {
        return select("SELECT * FROM transactions WHERE chain_id = ? AND account = ? AND recipient IS NOT NULL"
                + " AND state <> 'REJECTED' ORDER BY recorded_at DESC, nonce DESC, rowid DESC", chainId, lower(account)).stream()
                .map(entry -> entry.recipient().orElseThrow()).distinct().toList();
    }

    private static String lower(String address) {
        return address.toLowerCase(Locale.ROOT);
    }

    private List<JournalEntry> select(String sql, Object... parameters) {
        return database.use(connection -> {
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    query.setObject(i + 1, parameters[i]);
                }
                List<JournalEntry> entries = new ArrayList<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        entries.add(entry(rows));
                    }
                }
                return entries;
            }
        });
    }

    private static JournalEntry entry(ResultSet row) throws SQLException {
        return new JournalEntry(row.getLong("chain_id"), row.getString("account"), row.getLong("nonce"), row.getString("hash"),
                row.getBytes("raw"), State.valueOf(row.getString("state")), Optional.ofNullable(row.getString("problem")),
                row.getLong("recorded_at"), Optional.ofNullable(row.getString("to_address")), new BigInteger(row.getString("value")),
                Optional.ofNullable(row.getString("recipient")));
    }
}
