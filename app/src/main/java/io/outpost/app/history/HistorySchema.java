package io.outpost.app.history;

import java.util.List;

/**
 * The history's tables, one migration per {@code user_version}. Times are unix seconds. Devices and series
 * (a device's metric) are numbered once, so the large tables hold small integers; readings, rollups and spans
 * are {@code WITHOUT ROWID} tables keyed by what they are read by. Amounts are decimal strings.
 */
final class HistorySchema {
    /** The format this Outpost writes; a file with a higher {@code user_version} is refused. */
    static final int VERSION = 3;

    private HistorySchema() {
    }

    static List<String> migrationTo(int version) {
        return switch (version) {
            case 1 -> List.of(
                    "CREATE TABLE devices (id INTEGER PRIMARY KEY, address TEXT NOT NULL UNIQUE)",
                    "CREATE TABLE series (id INTEGER PRIMARY KEY, device INTEGER NOT NULL, metric TEXT NOT NULL,"
                            + " UNIQUE (device, metric))",
                    "CREATE TABLE spans (device INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,"
                            + " PRIMARY KEY (device, start)) WITHOUT ROWID",
                    "CREATE TABLE readings (series INTEGER NOT NULL, at INTEGER NOT NULL, value REAL NOT NULL,"
                            + " PRIMARY KEY (series, at)) WITHOUT ROWID",
                    "CREATE TABLE rollups (series INTEGER NOT NULL, level INTEGER NOT NULL, bucket INTEGER NOT NULL,"
                            + " first REAL NOT NULL, min REAL NOT NULL, max REAL NOT NULL, last REAL NOT NULL,"
                            + " count INTEGER NOT NULL, PRIMARY KEY (series, level, bucket)) WITHOUT ROWID",
                    "CREATE TABLE earnings (device INTEGER NOT NULL, epoch INTEGER NOT NULL, start INTEGER NOT NULL,"
                            + " end INTEGER NOT NULL, owner TEXT NOT NULL, network_uptime REAL NOT NULL, cell TEXT NOT NULL,"
                            + " devices_in_cell INTEGER NOT NULL, scale REAL NOT NULL, boost REAL NOT NULL,"
                            + " emission TEXT NOT NULL, amount TEXT NOT NULL, PRIMARY KEY (device, epoch))",
                    "CREATE INDEX earnings_by_end ON earnings (end)",
                    "CREATE TABLE claims (tx_hash TEXT PRIMARY KEY, owner TEXT NOT NULL, at INTEGER NOT NULL,"
                            + " amount TEXT NOT NULL)",
                    "CREATE INDEX claims_by_time ON claims (at)",
                    // The last epoch whose rewards were asked for, per device: unpaid epochs are not asked again.
                    "CREATE TABLE epochs_checked (device INTEGER PRIMARY KEY, epoch INTEGER NOT NULL)");
            // The dashboard sums a fleet's last 30 days of payments (30,000 rows for 1,000 devices): an index that
            // holds what it reads spares a table lookup per row (150-200 ms down to 6-18 ms on such a fleet).
            case 2 -> List.of("DROP INDEX earnings_by_end",
                    "CREATE INDEX earnings_by_end ON earnings (end, device, amount)");
            // What the user entered for the payback (ADR 0020): each device's costs, and per network the currency
            // they are in and what one token is worth in it. Decimal strings, never floating point.
            case 3 -> List.of(
                    "CREATE TABLE device_costs (device INTEGER PRIMARY KEY, hardware TEXT NOT NULL, onboarding TEXT NOT NULL)",
                    "CREATE TABLE token_prices (network TEXT PRIMARY KEY, currency TEXT NOT NULL, price TEXT NOT NULL)");
            default -> throw new IllegalArgumentException("no history migration to version " + version);
        };
    }
}
