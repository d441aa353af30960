package io.outpost.app.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.outpost.app.history.History.Point;
import io.outpost.app.history.History.Span;
import io.outpost.network.oracle.DeviceRewards;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The history's writes and reads on a real SQLite file. */
class HistoryStoreTest {
    static final String DEVICE = "0x00000000000000000000000000000000000000d1";
    private static final String OWNER = "0x00000000000000000000000000000000000000a1";
    private static final Instant DAY = Instant.parse("2030-03-17T00:00:00Z");
    private static final Clock CLOCK = Clock.fixed(DAY, ZoneOffset.UTC);

    @TempDir
    Path temp;
    private HistoryStore history;
    private int retention = 30;

    @BeforeEach
    void open() {
        history = HistoryStore.open(temp.resolve("history.db"), CLOCK, () -> retention);
    }

    @AfterEach
    void close() {
        history.close();
    }

    private static Instant at(long seconds) {
        return DAY.plusSeconds(seconds);
    }

    @Test
    void sightingsWithin90SecondsMakeOneSpanAndALongerGapStartsAnother() {
        for (long t : new long[] {0, 30, 120, 210, 301, 330}) {
            history.deviceSeen(DEVICE, at(t));
        }
        history.deviceSeen(DEVICE, at(100)); // late: inside the first span, changes nothing
        assertThat(history.online(DEVICE, at(0), at(3600)))
                .containsExactly(new Span(at(0), at(210)), new Span(at(301), at(330)));
        assertThat(history.online(DEVICE, at(200), at(310))).as("clipped")
                .containsExactly(new Span(at(200), at(210)), new Span(at(301), at(310)));
        assertThat(history.uptime(DEVICE, at(0), at(480))).isCloseTo(239 / 480.0, within(1e-12));
        assertThat(history.online("0x00000000000000000000000000000000000000ff", at(0), at(600))).isEmpty();
        assertThat(history.uptime(DEVICE.toUpperCase().replace("0X", "0x"), at(0), at(480))).isCloseTo(239 / 480.0, within(1e-12));
    }

    @Test
    void readingsComeBackAsAtMostFourPointsPerColumnFromTheRightLevel() {
        List<HistoryStore.Reading> day = new ArrayList<>();
        for (long t = 0; t < 86_400; t += 10) {
            day.add(new HistoryStore.Reading(DEVICE, "pm2.5", at(t), Math.sin(t / 3000.0) * 10 + (t == 43_210 ? 500 : 0)));
        }
        history.readings(day);

        List<Point> chart = history.readings(DEVICE, "pm2.5", at(0), at(86_400), 100);
        assertThat(chart.size()).isBetween(100, 400);
        assertThat(chart).extracting(Point::value).contains(Math.sin(43_210 / 3000.0) * 10 + 500);
        assertThat(chart.getFirst()).isEqualTo(new Point(at(0), 0.0));
        assertThat(chart).extracting(Point::at).isSorted();

        List<Point> hour = history.readings(DEVICE, "pm2.5", at(3600), at(7200), 1000);
        assertThat(hour).as("finer than a minute per column: raw readings").hasSize(360);
        assertThat(history.readings(DEVICE, "pm2.5", at(0), at(86_400), 24)).as("hour rollups: one bucket per column")
                .hasSizeLessThanOrEqualTo(24 * 4).extracting(Point::value).contains(Math.sin(43_210 / 3000.0) * 10 + 500);
        assertThat(history.readings(DEVICE, "no2", at(0), at(86_400), 24)).isEmpty();
    }

    @Test
    void pruningDropsOldRawReadingsButTheDaysStay() {
        history.reading(DEVICE, "pm10", at(-40 * 86_400), 7.0);
        history.reading(DEVICE, "pm10", at(-40 * 86_400 + 60), 9.0);
        history.reading(DEVICE, "pm10", at(-86_400), 3.0);

        assertThat(history.prune(DAY)).isEqualTo(2);
        assertThat(history.readings(DEVICE, "pm10", at(-41 * 86_400), at(-39 * 86_400), 2000)).as("raw and minutes gone").isEmpty();
        assertThat(history.readings(DEVICE, "pm10", at(-50 * 86_400), at(0), 50)).extracting(Point::value)
                .containsExactly(7.0, 9.0, 3.0);
        retention = 0;
        history.reading(DEVICE, "pm10", at(-400 * 86_400), 1.0);
        assertThat(history.prune(DAY)).as("0 keeps everything").isZero();
    }

    static DeviceRewards paid(String device, long epoch, long start, long end, String amount) {
        return new DeviceRewards(device, epoch, start, end, OWNER, (end - start) / 2, 0.5, "881f1d4887fffff", 2,
                1 / Math.sqrt(2), BigInteger.ZERO, 1.0, BigInteger.TEN.pow(19), new BigInteger(amount));
    }

    @Test
    void earningsPerEpochPerDayAndTheClaimsOfEachDay() {
        long day = DAY.getEpochSecond();
        history.earning(paid(DEVICE, 1, day, day + 43_200, "100"));
        history.earning(paid(DEVICE, 2, day + 43_200, day + 86_400, "250"));
        history.earning(paid(DEVICE, 3, day + 86_400, day + 129_600, "7"));
        history.earning(paid(DEVICE, 3, day + 86_400, day + 129_600, "7")); // asked twice: kept once
        history.claim(new HistoryStore.Claim(OWNER.toUpperCase().replace("0X", "0x"), "0xAB", at(90_000), new BigInteger("350")));
        history.deviceSeen(DEVICE, at(0));
        history.deviceSeen(DEVICE, at(90));

        assertThat(history.payouts(at(0), at(86_400))).extracting(History.Payout::amount)
                .containsExactly(BigInteger.valueOf(100), BigInteger.valueOf(250));
        assertThat(history.payouts(at(0), at(200_000))).hasSize(3);
        assertThat(history.earningsPerDay(LocalDate.of(2030, 3, 17), LocalDate.of(2030, 3, 18))).containsExactly(
                new History.DayEarnings(LocalDate.of(2030, 3, 17), DEVICE, BigInteger.valueOf(350), List.of()),
                new History.DayEarnings(LocalDate.of(2030, 3, 18), DEVICE, BigInteger.valueOf(7), List.of("0xab")));
        List<History.EpochEarning> epochs = history.epochs(DEVICE, 2);
        assertThat(epochs).extracting(History.EpochEarning::epoch).containsExactly(3L, 2L);
        assertThat(history.epochs(DEVICE, 3).getLast().localUptime()).isCloseTo(90 / 43_200.0, within(1e-12));
        assertThat(epochs.getFirst().networkUptime()).isEqualTo(0.5);
        assertThat(epochs.getFirst().amount()).isEqualTo(7);
        assertThat(history.lastChecked(DEVICE)).isEqualTo(3);
        history.checked(DEVICE, 9);
        assertThat(history.lastChecked(DEVICE)).isEqualTo(9);
        assertThat(history.claims(at(0), at(100_000))).containsExactly(
                new HistoryStore.Claim(OWNER, "0xab", at(90_000), BigInteger.valueOf(350)));
    }

    @Test
    void aFleetsSpansAndPayoutsComeInOneReadEachAsEachDeviceWouldHaveThem() {
        String other = "0x00000000000000000000000000000000000000d2";
        String quiet = "0x00000000000000000000000000000000000000d3";
        history.addSpans(DEVICE, List.of(new Span(at(0), at(100)), new Span(at(200), at(300)), new Span(at(400), at(500))));
        history.addSpans(other, List.of(new Span(at(-5000), at(10_000)))); // began long before the range
        history.addSpans(quiet, List.of(new Span(at(-5000), at(-4000)))); // ended before it
        long day = DAY.getEpochSecond();
        history.earning(paid(DEVICE, 1, day, day + 100, "5"));
        history.earning(paid(other, 1, day, day + 100, "6"));
        history.earning(paid(DEVICE, 2, day + 100, day + 250, "7"));

        var fleet = history.online(at(50), at(450));
        assertThat(fleet).containsOnlyKeys(DEVICE, other);
        assertThat(fleet.get(DEVICE)).isEqualTo(history.online(DEVICE, at(50), at(450)))
                .containsExactly(new Span(at(50), at(100)), new Span(at(200), at(300)), new Span(at(400), at(450)));
        assertThat(fleet.get(other)).containsExactly(new Span(at(50), at(450)));
        assertThat(history.online(at(450), at(450))).isEmpty();
        assertThat(history.payouts(at(100), at(250))).as("epochs that ended in (from, to]")
                .containsExactly(new History.Payout(DEVICE, at(250), BigInteger.valueOf(7)));
        assertThat(history.payouts(at(0), at(250))).extracting(History.Payout::amount)
                .containsExactlyInAnyOrder(BigInteger.valueOf(5), BigInteger.valueOf(6), BigInteger.valueOf(7));
    }
}
