package io.outpost.app.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.outpost.app.storage.LocalDatabase.StorageException;
import java.io.RandomAccessFile;
import java.math.BigInteger;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the file is kept: migrations, a newer file refused, a damaged one set aside, durable writes. */
class HistoryFileTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2030-03-17T10:00:00Z"), ZoneOffset.UTC);
    private static final String DEVICE = HistoryStoreTest.DEVICE;

    @TempDir
    Path temp;

    private Path file() {
        return temp.resolve("history.db");
    }

    private HistoryStore open() {
        return HistoryStore.open(file(), CLOCK, () -> 365);
    }

    private static int pragma(Path file, String name) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            return c.createStatement().executeQuery("PRAGMA " + name).getInt(1);
        }
    }

    @Test
    void aNewFileIsMigratedToTheCurrentVersionInWalMode() throws Exception {
        try (HistoryStore history = open()) {
            history.deviceSeen(DEVICE, CLOCK.instant());
            assertThat(history.setAside()).isEmpty();
        }
        assertThat(pragma(file(), "user_version")).isEqualTo(HistorySchema.VERSION);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file())) {
            assertThat(c.createStatement().executeQuery("PRAGMA journal_mode").getString(1)).isEqualTo("wal");
        }
        try (HistoryStore again = open()) {
            assertThat(again.online(DEVICE, CLOCK.instant().minusSeconds(1), CLOCK.instant().plusSeconds(1))).isEmpty();
            assertThat(again.lastChecked(DEVICE)).isZero();
        }
    }

    @Test
    void aFileOfTheFirstVersionKeepsItsRowsAndGetsTheIndexTheDashboardReadsThrough() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file())) {
            for (String sql : HistorySchema.migrationTo(1)) {
                c.createStatement().execute(sql);
            }
            c.createStatement().execute("PRAGMA user_version=1");
        }
        try (HistoryStore history = open()) {
            history.earning(HistoryStoreTest.paid(DEVICE, 1, 0, 100, "42"));
        }
        assertThat(pragma(file(), "user_version")).isEqualTo(HistorySchema.VERSION);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file());
             var plan = c.createStatement().executeQuery("EXPLAIN QUERY PLAN SELECT device, end, amount FROM earnings"
                     + " WHERE end > 0 AND end <= 100")) {
            assertThat(plan.next()).isTrue();
            assertThat(plan.getString("detail")).contains("COVERING INDEX earnings_by_end");
        }
        try (HistoryStore again = open()) {
            assertThat(again.payouts(Instant.EPOCH, Instant.ofEpochSecond(100))).extracting(History.Payout::amount)
                    .containsExactly(BigInteger.valueOf(42));
        }
    }

    @Test
    void aFileOfTheFirstFormatGainsTheCostTablesAndKeepsItsHistory() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file())) {
            for (String sql : HistorySchema.migrationTo(1)) {
                c.createStatement().execute(sql);
            }
            c.createStatement().execute("INSERT INTO devices (id, address) VALUES (7, '" + DEVICE + "')");
            c.createStatement().execute("INSERT INTO spans (device, start, end) VALUES (7, 100, 200)");
            c.createStatement().execute("PRAGMA user_version=1");
        }
        CostBook.TokenPrice price = new CostBook.TokenPrice(Currency.getInstance("EUR"), new BigDecimal("0.25"));
        try (HistoryStore history = open()) {
            assertThat(history.uptime(DEVICE, Instant.ofEpochSecond(100), Instant.ofEpochSecond(200))).isEqualTo(1.0);
            history.costs().save(DEVICE, new CostBook.DeviceCosts(new BigDecimal("149.90"), new BigDecimal("40")), "devnet", price);
        }
        assertThat(pragma(file(), "user_version")).isEqualTo(HistorySchema.VERSION);
        try (HistoryStore again = open()) {
            assertThat(again.costs().costs(DEVICE.toUpperCase(Locale.ROOT).replace("0X", "0x")))
                    .contains(new CostBook.DeviceCosts(new BigDecimal("149.90"), new BigDecimal("40")));
            assertThat(again.costs().price("devnet")).contains(price);
            assertThat(again.costs().price("another")).isEmpty();
            again.costs().remove(DEVICE);
            assertThat(again.costs().costs(DEVICE)).isEmpty();
            assertThat(again.costs().price("devnet")).as("the price stays").contains(price);
        }
    }

    @Test
    void aFileOfANewerOutpostIsRefusedAndLeftAlone() throws Exception {
        open().close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file())) {
            c.createStatement().execute("PRAGMA user_version=99");
        }
        assertThatThrownBy(this::open).isInstanceOf(StorageException.class)
                .hasMessageContaining("newer version of Outpost").hasMessageContaining("99");
        assertThat(pragma(file(), "user_version")).isEqualTo(99);
    }

    @Test
    void aFileThatIsNoDatabaseIsSetAsideAndANewHistoryStarts() throws Exception {
        Files.writeString(file(), "this is not SQLite, but somebody's notes ".repeat(200));
        try (HistoryStore history = open()) {
            Path aside = temp.resolve("history.db.corrupt-20300317-100000");
            assertThat(history.setAside()).contains(aside);
            assertThat(Files.readString(aside)).startsWith("this is not SQLite");
            history.deviceSeen(DEVICE, CLOCK.instant());
            history.deviceSeen(DEVICE, CLOCK.instant().plusSeconds(60));
            assertThat(history.uptime(DEVICE, CLOCK.instant(), CLOCK.instant().plusSeconds(60))).isEqualTo(1.0);
        }
    }

    @Test
    void aDamagedPageFailsTheIntegrityCheckAndTheFileIsKeptAside() throws Exception {
        try (HistoryStore history = open()) {
            List<HistoryStore.Reading> readings = new ArrayList<>();
            for (int i = 0; i < 20_000; i++) {
                readings.add(new HistoryStore.Reading(DEVICE, "pm10", CLOCK.instant().plusSeconds(i), i));
            }
            history.readings(readings);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file())) {
            c.createStatement().execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        long size = Files.size(file());
        try (RandomAccessFile raw = new RandomAccessFile(file().toFile(), "rw")) {
            byte[] garbage = new byte[4096];
            Arrays.fill(garbage, (byte) 0x5a);
            raw.seek(size / 2 / 4096 * 4096);
            raw.write(garbage);
        }
        try (HistoryStore history = open()) {
            assertThat(history.setAside()).isPresent();
            assertThat(Files.size(history.setAside().orElseThrow())).isEqualTo(size);
            assertThat(history.readings(DEVICE, "pm10", CLOCK.instant(), CLOCK.instant().plusSeconds(20_000), 10)).isEmpty();
        }
    }

    @Test
    void earningsAndClaimsAreWrittenWithFullSyncAndTheRestWithNormal() {
        HistoryDatabase database = HistoryDatabase.open(file(), CLOCK);
        try {
            assertThat(database.synchronousLevel()).isEqualTo(1);
            int during = database.durably(c -> {
                try (var row = c.createStatement().executeQuery("PRAGMA synchronous")) {
                    return row.getInt(1);
                }
            });
            assertThat(during).isEqualTo(2);
            assertThat(database.synchronousLevel()).isEqualTo(1);
        } finally {
            database.close();
        }
    }
}
