package io.outpost.app.history;

import io.outpost.network.oracle.DeviceRewards;
import java.math.BigInteger;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SortedMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntSupplier;

/**
 * The history in {@code <data>/history.db} (see {@link HistoryDatabase} for how the file is kept): the write
 * side the recorder uses, and the {@link History} the dashboards read. Safe to call from any thread.
 */
public final class HistoryStore implements History, AutoCloseable {
    /** Sightings at most this far apart join one online span: the oracle's own rule (docs/oracle-api.md, Uptime). */
    public static final Duration JOIN_GAP = Duration.ofSeconds(90);
    /** The rollups kept beside raw readings: minute, hour and day buckets (seconds). */
    static final List<Long> LEVELS = List.of(60L, 3600L, 86_400L);
    private static final long MINUTE = 60;
    private static final long DAY = 86_400;

    private final HistoryDatabase database;
    private final IntSupplier retentionDays;
    private final HistoryQueries queries;
    private final CostBook costs;
    private final Map<String, Long> deviceIds = new ConcurrentHashMap<>();
    private final Map<String, Long> seriesIds = new ConcurrentHashMap<>();

    /** One reading of a device's metric (a sensor value, a GNSS fix's quality). */
    public record Reading(String device, String metric, Instant at, double value) {
    }

    /** A mined claim transaction: who was paid, when (the block's time) and how much (token units). */
    public record Claim(String owner, String transactionHash, Instant at, BigInteger amount) {
    }

    private HistoryStore(HistoryDatabase database, IntSupplier retentionDays) {
        this.database = database;
        this.retentionDays = retentionDays;
        this.queries = new HistoryQueries(database, this::knownDevice);
        this.costs = new CostBook(database, this::knownDevice, this::deviceId);
    }

    /**
     * Opens (creating, migrating or, when damaged, setting aside and starting anew) the history in {@code file}.
     * @param retentionDays how long raw readings are kept (0: for ever), read at each {@link #prune}
     */
    public static HistoryStore open(Path file, Clock clock, IntSupplier retentionDays) {
        return new HistoryStore(HistoryDatabase.open(file, clock), retentionDays);
    }

    /** Where a damaged history was set aside when it was opened (tell the user once); empty when it was sound. */
    public Optional<Path> setAside() {
        return database.setAside();
    }

    /** {@code device} was seen at {@code at}: extends its last span when within {@link #JOIN_GAP}, else starts one. */
    public void deviceSeen(String device, Instant at) {
        long time = at.getEpochSecond();
        database.transaction(c -> {
            long id = deviceId(c, device);
            try (PreparedStatement last = c.prepareStatement(
                    "SELECT start, end FROM spans WHERE device = ? AND start <= ? ORDER BY start DESC LIMIT 1")) {
                last.setLong(1, id);
                last.setLong(2, time);
                try (ResultSet row = last.executeQuery()) {
                    if (row.next() && time - row.getLong(2) <= JOIN_GAP.toSeconds()) {
                        if (time > row.getLong(2)) {
                            update(c, "UPDATE spans SET end = ? WHERE device = ? AND start = ?", time, id, row.getLong(1));
                        }
                        return null;
                    }
                }
            }
            update(c, "INSERT OR IGNORE INTO spans (device, start, end) VALUES (?, ?, ?)", id, time, time);
            return null;
        });
    }

    public void reading(String device, String metric, Instant at, double value) {
        readings(List.of(new Reading(device, metric, at, value)));
    }

    /**
     * Stores readings in one transaction, each with its minute, hour and day rollup. Readings of a series are
     * expected in time order (first and last follow arrival); a second reading of a series in the same second is
     * ignored.
     */
    public void readings(List<Reading> batch) {
        database.transaction(c -> {
            Map<List<Long>, double[]> rollups = new HashMap<>();
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT OR IGNORE INTO readings (series, at, value) VALUES (?, ?, ?)")) {
                for (Reading reading : batch) {
                    long series = seriesId(c, reading.device(), reading.metric());
                    long at = reading.at().getEpochSecond();
                    insert.setLong(1, series);
                    insert.setLong(2, at);
                    insert.setDouble(3, reading.value());
                    if (insert.executeUpdate() == 1) {
                        for (long level : LEVELS) {
                            rollups.merge(List.of(series, level, Math.floorDiv(at, level) * level),
                                    new double[] {reading.value(), reading.value(), reading.value(), reading.value(), 1},
                                    HistoryStore::fold);
                        }
                    }
                }
            }
            upsertRollups(c, rollups);
            return null;
        });
    }

    // first, min, max, last, count: b came after a.
    private static double[] fold(double[] a, double[] b) {
        return new double[] {a[0], Math.min(a[1], b[1]), Math.max(a[2], b[2]), b[3], a[4] + b[4]};
    }

    private static void upsertRollups(Connection c, Map<List<Long>, double[]> rollups) throws SQLException {
        try (PreparedStatement upsert = c.prepareStatement("""
                INSERT INTO rollups (series, level, bucket, first, min, max, last, count) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (series, level, bucket) DO UPDATE SET min = MIN(min, excluded.min),
                  max = MAX(max, excluded.max), last = excluded.last, count = count + excluded.count""")) {
            for (Map.Entry<List<Long>, double[]> entry : rollups.entrySet()) {
                for (int i = 0; i < 3; i++) {
                    upsert.setLong(i + 1, entry.getKey().get(i));
                }
                double[] v = entry.getValue();
                for (int i = 0; i < 4; i++) {
                    upsert.setDouble(i + 4, v[i]);
                }
                upsert.setLong(8, (long) v[4]);
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }

    /** What the oracle paid the device for one epoch; durable once this returns ({@code synchronous=FULL}). */
    public void earning(DeviceRewards rewards) {
        earnings(List.of(rewards));
    }

    /** Several epochs' earnings in one durable transaction. */
    public void earnings(List<DeviceRewards> paid) {
        database.durably(c -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT OR REPLACE INTO earnings (device, epoch, start, end,"
                    + " owner, network_uptime, cell, devices_in_cell, scale, boost, emission, amount)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (DeviceRewards rewards : paid) {
                    long id = deviceId(c, rewards.device());
                    HistoryQueries.bind(insert, id, rewards.epoch(), rewards.start(), rewards.end(),
                            rewards.owner().toLowerCase(Locale.ROOT), rewards.networkUptime(), rewards.cell(),
                            rewards.devicesInCell(), rewards.scale(), rewards.boost(), rewards.emission().toString(),
                            rewards.amount().toString());
                    insert.addBatch();
                    markChecked(c, id, rewards.epoch());
                }
                insert.executeBatch();
            }
            return null;
        });
    }

    /** Online spans learnt elsewhere (an import, a generator), in one transaction; a span already there is kept. */
    public void addSpans(String device, List<Span> spans) {
        database.transaction(c -> {
            long id = deviceId(c, device);
            try (PreparedStatement insert = c.prepareStatement("INSERT OR IGNORE INTO spans (device, start, end) VALUES (?, ?, ?)")) {
                for (Span span : spans) {
                    HistoryQueries.bind(insert, id, span.from().getEpochSecond(), span.to().getEpochSecond());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return null;
        });
    }

    /** A mined claim; durable once this returns. The same transaction twice is kept once. */
    public void claim(Claim claim) {
        database.durably(c -> update(c, "INSERT OR IGNORE INTO claims (tx_hash, owner, at, amount) VALUES (?, ?, ?, ?)",
                claim.transactionHash().toLowerCase(Locale.ROOT), claim.owner().toLowerCase(Locale.ROOT),
                claim.at().getEpochSecond(), claim.amount().toString()));
    }

    /** The epochs up to {@code epoch} were asked for (paid or not), so they are not asked for again. */
    public void checked(String device, long epoch) {
        database.transaction(c -> {
            markChecked(c, deviceId(c, device), epoch);
            return null;
        });
    }

    private static void markChecked(Connection c, long device, long epoch) throws SQLException {
        update(c, "INSERT INTO epochs_checked (device, epoch) VALUES (?, ?) ON CONFLICT (device) DO UPDATE"
                + " SET epoch = MAX(epoch, excluded.epoch)", device, epoch);
    }

    /** The last epoch asked for of {@code device}, 0 when none was. */
    public long lastChecked(String device) {
        OptionalLong id = knownDevice(device);
        return id.isEmpty() ? 0 : database.read(c -> HistoryQueries.longs(c,
                "SELECT epoch FROM epochs_checked WHERE device = ?", id.getAsLong()).stream().findFirst().orElse(0L));
    }

    /**
     * Drops raw readings and minute rollups older than the retention setting ({@code 0} keeps all); hour and day
     * rollups stay, so long ranges still chart. Returns how many raw readings went.
     */
    public int prune(Instant now) {
        int days = retentionDays.getAsInt();
        if (days <= 0) {
            return 0;
        }
        long cutoff = now.getEpochSecond() - days * DAY;
        return database.transaction(c -> {
            int dropped = 0;
            for (long series : HistoryQueries.longs(c, "SELECT id FROM series")) {
                dropped += update(c, "DELETE FROM readings WHERE series = ? AND at < ?", series, cutoff);
                update(c, "DELETE FROM rollups WHERE series = ? AND level = ? AND bucket < ?", series, MINUTE,
                        Math.floorDiv(cutoff, MINUTE) * MINUTE);
            }
            return dropped;
        });
    }

    /** The devices' costs and the token prices the user entered, for the payback. */
    public CostBook costs() {
        return costs;
    }

    /** Claims in [from, to), oldest first. */
    public List<Claim> claims(Instant from, Instant to) {
        return queries.claims(from, to);
    }

    @Override
    public List<Span> online(String device, Instant from, Instant to) {
        return queries.online(device, from, to);
    }

    @Override
    public Map<String, List<Span>> online(Instant from, Instant to) {
        return queries.online(from, to);
    }

    @Override
    public List<Payout> payouts(Instant from, Instant to) {
        return queries.payouts(from, to);
    }

    @Override
    public double uptime(String device, Instant from, Instant to) {
        return queries.uptime(device, from, to);
    }

    @Override
    public List<Point> readings(String device, String metric, Instant from, Instant to, int columns) {
        return queries.readings(device, metric, from, to, columns);
    }

    @Override
    public List<DayEarnings> earningsPerDay(LocalDate from, LocalDate to) {
        return queries.earningsPerDay(from, to);
    }

    @Override
    public SortedMap<LocalDate, BigInteger> earnedPerDay(String device) {
        return queries.earnedPerDay(device);
    }

    @Override
    public List<EpochEarning> epochs(String device, int count) {
        return queries.epochs(device, count);
    }

    private long deviceId(Connection c, String device) throws SQLException {
        String address = device.toLowerCase(Locale.ROOT);
        Long known = deviceIds.get(address);
        if (known != null) {
            return known;
        }
        update(c, "INSERT OR IGNORE INTO devices (address) VALUES (?)", address);
        long id = HistoryQueries.longs(c, "SELECT id FROM devices WHERE address = ?", address).getFirst();
        deviceIds.put(address, id);
        return id;
    }

    private long seriesId(Connection c, String device, String metric) throws SQLException {
        String key = device.toLowerCase(Locale.ROOT) + " " + metric;
        Long known = seriesIds.get(key);
        if (known != null) {
            return known;
        }
        long deviceId = deviceId(c, device);
        update(c, "INSERT OR IGNORE INTO series (device, metric) VALUES (?, ?)", deviceId, metric);
        long id = HistoryQueries.longs(c, "SELECT id FROM series WHERE device = ? AND metric = ?", deviceId, metric).getFirst();
        seriesIds.put(key, id);
        return id;
    }

    private OptionalLong knownDevice(String device) {
        String address = device.toLowerCase(Locale.ROOT);
        Long cached = deviceIds.get(address);
        if (cached != null) {
            return OptionalLong.of(cached);
        }
        List<Long> found = database.read(c -> HistoryQueries.longs(c, "SELECT id FROM devices WHERE address = ?", address));
        found.forEach(id -> deviceIds.put(address, id));
        return found.isEmpty() ? OptionalLong.empty() : OptionalLong.of(found.getFirst());
    }

    static int update(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            HistoryQueries.bind(statement, parameters);
            return statement.executeUpdate();
        }
    }

    @Override
    public void close() {
        database.close();
    }
}
