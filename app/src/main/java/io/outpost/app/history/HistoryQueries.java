package io.outpost.app.history;

import io.outpost.app.history.History.DayEarnings;
import io.outpost.app.history.History.EpochEarning;
import io.outpost.app.history.History.Point;
import io.outpost.app.history.History.Span;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/** The read side of {@link HistoryStore}: what the dashboards and the export ask for. */
final class HistoryQueries {
    private final HistoryDatabase database;
    private final Function<String, OptionalLong> devices;

    HistoryQueries(HistoryDatabase database, Function<String, OptionalLong> devices) {
        this.database = database;
        this.devices = devices;
    }

    List<Span> online(String device, Instant from, Instant to) {
        OptionalLong id = devices.apply(device);
        if (id.isEmpty() || !to.isAfter(from)) {
            return List.of();
        }
        long start = from.getEpochSecond();
        long end = to.getEpochSecond();
        // The span that began before `from` (it may reach into the range), then those that begin inside it.
        return database.read(c -> {
            List<Span> spans = new ArrayList<>();
            String sql = "SELECT * FROM (SELECT start, end FROM spans WHERE device = ? AND start < ? ORDER BY start DESC"
                    + " LIMIT 1) UNION ALL SELECT start, end FROM spans WHERE device = ? AND start >= ? AND start < ?"
                    + " ORDER BY start";
            try (PreparedStatement query = c.prepareStatement(sql)) {
                bind(query, id.getAsLong(), start, id.getAsLong(), start, end);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        long a = Math.max(start, rows.getLong(1));
                        long b = Math.min(end, rows.getLong(2));
                        if (b > a) {
                            spans.add(new Span(Instant.ofEpochSecond(a), Instant.ofEpochSecond(b)));
                        }
                    }
                }
            }
            return spans;
        });
    }

    /**
     * Every device's spans in [from, to), clipped, oldest first: per device, the span that began before
     * {@code from} and those that begin inside the range, each found through the (device, start) key.
     */
    Map<String, List<Span>> online(Instant from, Instant to) {
        Map<String, List<Span>> spans = new TreeMap<>();
        if (!to.isAfter(from)) {
            return spans;
        }
        long start = from.getEpochSecond();
        long end = to.getEpochSecond();
        String sql = "SELECT d.address, s.start, s.end FROM devices d JOIN spans s ON s.device = d.id AND s.start ="
                + " (SELECT MAX(start) FROM spans WHERE device = d.id AND start < ?)"
                + " UNION ALL SELECT d.address, s.start, s.end FROM devices d JOIN spans s ON s.device = d.id"
                + " AND s.start >= ? AND s.start < ? ORDER BY 1, 2";
        database.read(c -> {
            try (PreparedStatement query = c.prepareStatement(sql)) {
                bind(query, start, start, end);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        long a = Math.max(start, rows.getLong(2));
                        long b = Math.min(end, rows.getLong(3));
                        if (b > a) {
                            spans.computeIfAbsent(rows.getString(1), k -> new ArrayList<>())
                                    .add(new Span(Instant.ofEpochSecond(a), Instant.ofEpochSecond(b)));
                        }
                    }
                }
            }
            return null;
        });
        return spans;
    }

    /** Every epoch payment that ended in (from, to], by end time; read through the covering index alone. */
    List<History.Payout> payouts(Instant from, Instant to) {
        return database.read(c -> {
            Map<Long, String> addresses = new HashMap<>();
            try (PreparedStatement query = c.prepareStatement("SELECT id, address FROM devices");
                 ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    addresses.put(rows.getLong(1), rows.getString(2));
                }
            }
            List<History.Payout> paid = new ArrayList<>();
            try (PreparedStatement query = c.prepareStatement(
                    "SELECT device, end, amount FROM earnings WHERE end > ? AND end <= ? ORDER BY end")) {
                bind(query, from.getEpochSecond(), to.getEpochSecond());
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        paid.add(new History.Payout(addresses.get(rows.getLong(1)), Instant.ofEpochSecond(rows.getLong(2)),
                                new BigInteger(rows.getString(3))));
                    }
                }
            }
            return paid;
        });
    }

    double uptime(String device, Instant from, Instant to) {
        return History.fractionOnline(online(device, from, to), from, to);
    }

    /** M4 over the coarsest level with at least one bucket per column (raw readings when none is fine enough). */
    List<Point> readings(String device, String metric, Instant from, Instant to, int columns) {
        OptionalLong id = devices.apply(device);
        long start = from.getEpochSecond();
        long end = to.getEpochSecond();
        if (id.isEmpty() || end <= start || columns < 1) {
            return List.of();
        }
        long perColumn = (end - start) / columns;
        long level = HistoryStore.LEVELS.reversed().stream().filter(l -> l <= perColumn).findFirst().orElse(0L);
        M4 m4 = new M4(start, end, columns);
        database.read(c -> {
            List<Long> series = longs(c, "SELECT id FROM series WHERE device = ? AND metric = ?", id.getAsLong(), metric);
            if (series.isEmpty()) {
                return null;
            }
            String sql = level == 0
                    ? "SELECT at, value, value, value, value FROM readings WHERE series = ? AND at >= ? AND at < ? ORDER BY at"
                    : "SELECT bucket, first, min, max, last FROM rollups WHERE series = ? AND level = " + level
                    + " AND bucket >= ? AND bucket < ? ORDER BY bucket";
            try (PreparedStatement query = c.prepareStatement(sql)) {
                bind(query, series.getFirst(), level == 0 ? start : Math.floorDiv(start, level) * level, end);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        m4.add(rows.getLong(1), rows.getDouble(2), rows.getDouble(3), rows.getDouble(4), rows.getDouble(5));
                    }
                }
            }
            return null;
        });
        return m4.points();
    }

    /** A day (UTC) and a device or an owner. */
    private record Key(LocalDate day, String who) {
        static final Comparator<Key> ORDER = Comparator.comparing(Key::day).thenComparing(Key::who);
    }

    List<DayEarnings> earningsPerDay(LocalDate from, LocalDate to) {
        long start = from.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        long end = to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        Map<Key, BigInteger> amounts = new TreeMap<>(Key.ORDER);
        Map<Key, String> owners = new TreeMap<>(Key.ORDER);
        database.read(c -> {
            try (PreparedStatement query = c.prepareStatement("SELECT d.address, e.owner, e.end, e.amount FROM earnings e"
                    + " JOIN devices d ON d.id = e.device WHERE e.end > ? AND e.end <= ?")) {
                bind(query, start, end);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        Key key = new Key(dayOf(rows.getLong(3) - 1), rows.getString(1));
                        amounts.merge(key, new BigInteger(rows.getString(4)), BigInteger::add);
                        owners.put(key, rows.getString(2));
                    }
                }
            }
            return null;
        });
        Map<Key, List<String>> claims = new TreeMap<>(Key.ORDER);
        claims(Instant.ofEpochSecond(start), Instant.ofEpochSecond(end)).forEach(claim -> claims.computeIfAbsent(
                new Key(dayOf(claim.at().getEpochSecond()), claim.owner()), k -> new ArrayList<>()).add(claim.transactionHash()));
        List<DayEarnings> days = new ArrayList<>();
        amounts.forEach((key, amount) -> days.add(new DayEarnings(key.day(), key.who(), amount,
                List.copyOf(claims.getOrDefault(new Key(key.day(), owners.get(key)), List.of())))));
        return days;
    }

    SortedMap<LocalDate, BigInteger> earnedPerDay(String device) {
        OptionalLong id = devices.apply(device);
        SortedMap<LocalDate, BigInteger> days = new TreeMap<>();
        if (id.isEmpty()) {
            return days;
        }
        return database.read(c -> {
            try (PreparedStatement query = c.prepareStatement("SELECT end, amount FROM earnings WHERE device = ?")) {
                bind(query, id.getAsLong());
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        days.merge(dayOf(rows.getLong(1) - 1), new BigInteger(rows.getString(2)), BigInteger::add);
                    }
                }
            }
            return days;
        });
    }

    List<HistoryStore.Claim> claims(Instant from, Instant to) {
        return database.read(c -> {
            List<HistoryStore.Claim> claims = new ArrayList<>();
            try (PreparedStatement query = c.prepareStatement(
                    "SELECT owner, tx_hash, at, amount FROM claims WHERE at >= ? AND at < ? ORDER BY at, tx_hash")) {
                bind(query, from.getEpochSecond(), to.getEpochSecond());
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        claims.add(new HistoryStore.Claim(rows.getString(1), rows.getString(2),
                                Instant.ofEpochSecond(rows.getLong(3)), new BigInteger(rows.getString(4))));
                    }
                }
            }
            return claims;
        });
    }

    List<EpochEarning> epochs(String device, int count) {
        OptionalLong id = devices.apply(device);
        if (id.isEmpty()) {
            return List.of();
        }
        List<EpochEarning> paid = database.read(c -> {
            List<EpochEarning> epochs = new ArrayList<>();
            try (PreparedStatement query = c.prepareStatement("SELECT epoch, start, end, network_uptime, devices_in_cell,"
                    + " scale, boost, emission, amount FROM earnings WHERE device = ? ORDER BY epoch DESC LIMIT ?")) {
                bind(query, id.getAsLong(), count);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        epochs.add(new EpochEarning(rows.getLong(1), Instant.ofEpochSecond(rows.getLong(2)),
                                Instant.ofEpochSecond(rows.getLong(3)), 0, rows.getDouble(4), rows.getInt(5),
                                rows.getDouble(6), rows.getDouble(7), new BigInteger(rows.getString(8)),
                                new BigInteger(rows.getString(9))));
                    }
                }
            }
            return epochs;
        });
        return paid.isEmpty() ? paid : withLocalUptime(device, paid);
    }

    /** Adds the uptime seen here to each epoch (newest first): one read of the spans, walked with the epochs. */
    private List<EpochEarning> withLocalUptime(String device, List<EpochEarning> paid) {
        // One read of the spans for all the epochs; both lists in time order, walked together.
        List<Span> spans = online(device, paid.getLast().start(), paid.getFirst().end());
        List<EpochEarning> withLocal = new ArrayList<>();
        int next = 0;
        for (EpochEarning e : paid.reversed()) {
            while (next < spans.size() && !spans.get(next).to().isAfter(e.start())) {
                next++;
            }
            long covered = 0;
            for (int i = next; i < spans.size() && spans.get(i).from().isBefore(e.end()); i++) {
                covered += Math.max(0, Math.min(spans.get(i).to().getEpochSecond(), e.end().getEpochSecond())
                        - Math.max(spans.get(i).from().getEpochSecond(), e.start().getEpochSecond()));
            }
            long length = e.end().getEpochSecond() - e.start().getEpochSecond();
            withLocal.addFirst(new EpochEarning(e.epoch(), e.start(), e.end(), length > 0 ? covered / (double) length : 0,
                    e.networkUptime(), e.devicesInCell(), e.scale(), e.boost(), e.emission(), e.amount()));
        }
        return withLocal;
    }

    private static LocalDate dayOf(long unixSeconds) {
        return LocalDate.ofInstant(Instant.ofEpochSecond(unixSeconds), ZoneOffset.UTC);
    }

    static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
    }

    static List<Long> longs(Connection c, String sql, Object... parameters) throws SQLException {
        List<Long> values = new ArrayList<>();
        try (PreparedStatement query = c.prepareStatement(sql)) {
            bind(query, parameters);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getLong(1));
                }
            }
        }
        return values;
    }
}
