package io.outpost.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.outpost.app.history.History;
import io.outpost.app.history.HistoryStore;
import io.outpost.app.onboarding.MyDevices;
import io.outpost.app.onboarding.TrustClass;
import io.outpost.network.NetworkProfile;
import io.outpost.network.NetworkProfiles;
import io.outpost.network.oracle.DeviceRewards;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fleet overview from the real history file: uptimes counted from when a device was first seen, and earnings
 * summed per range, per day and per device from one read of the last 30 days' payments.
 */
class FleetOverviewTest {
    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private static final String DEVICE = "0x" + "d".repeat(40);

    @TempDir
    Path temp;

    private static final String OTHER = "0x" + "e".repeat(40);
    private static final NetworkProfile DEVNET = NetworkProfiles.builtIn().byIdOrDefault(NetworkProfiles.DEVNET_ID);

    private static FleetOverview overview(History history, String... devices) {
        return new FleetOverview(() -> DEVNET, chain -> Arrays.stream(devices).map(device -> new MyDevices.MyDevice(
                device, chain, "0x" + "a".repeat(40), "Roof antenna", TrustClass.HARDWARE_VERIFIED, 0, Optional.empty(),
                Optional.empty())).toList(), history, (network, owners) -> {
                    throw new IOException("no network in this test");
                }, cell -> "881f1d4887fffff", Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static DeviceRewards paid(String device, long epoch, Instant end, long amount) {
        return new DeviceRewards(device, epoch, end.minus(Duration.ofDays(1)).getEpochSecond(), end.getEpochSecond(),
                "0x" + "a".repeat(40), 86_400, 1.0, "881f1d4887fffff", 1, 1.0, BigInteger.ZERO, 1.0, BigInteger.TEN,
                BigInteger.valueOf(amount));
    }

    @Test
    void earningsAreSummedTodayOverSevenAndThirtyDaysPerDayAndPerDevice() {
        Instant midnight = Instant.parse("2026-11-25T00:00:00Z");
        try (HistoryStore history = HistoryStore.open(temp.resolve("history.db"), Clock.fixed(NOW, ZoneOffset.UTC), () -> 0)) {
            history.earnings(List.of(paid(DEVICE, 1, NOW.minus(Duration.ofDays(40)), 1000), // before the 30 days
                    paid(DEVICE, 2, NOW.minus(Duration.ofDays(20)), 100),
                    paid(DEVICE, 3, midnight, 10), // ended at midnight: counts for yesterday
                    paid(OTHER, 3, midnight.plusSeconds(1), 20),
                    paid(DEVICE, 4, NOW, 1)));

            Fleet fleet = overview(history, DEVICE, OTHER).local();
            assertThat(fleet.earnedToday()).isEqualTo(21);
            assertThat(fleet.earned7d()).isEqualTo(31);
            assertThat(fleet.earned30d()).isEqualTo(131);
            assertThat(fleet.earningsPerDay()).hasSize(30);
            assertThat(fleet.earningsPerDay().getLast()).isEqualTo(new Fleet.DayTotal(LocalDate.of(2026, 11, 25), BigInteger.valueOf(21)));
            assertThat(fleet.earningsPerDay().get(28)).isEqualTo(new Fleet.DayTotal(LocalDate.of(2026, 11, 24), BigInteger.TEN));
            assertThat(fleet.earningsPerDay().stream().map(Fleet.DayTotal::amount).reduce(BigInteger.ZERO, BigInteger::add))
                    .isEqualTo(131);
            assertThat(fleet.devices()).extracting(Fleet.DeviceRow::earned7d).containsExactly(BigInteger.valueOf(11), BigInteger.valueOf(20));
        }
    }

    @Test
    void aDeviceDownAtTheStartOfARangeButSeenBeforeItCountsAsDownThenNotAsNotYetThere() {
        try (HistoryStore history = HistoryStore.open(temp.resolve("history.db"), Clock.fixed(NOW, ZoneOffset.UTC), () -> 0)) {
            // Seen three days ago for a day, then again only for the last hour.
            history.addSpans(DEVICE, List.of(new History.Span(NOW.minus(Duration.ofDays(3)), NOW.minus(Duration.ofDays(2))),
                    new History.Span(NOW.minus(Duration.ofHours(1)), NOW)));
            FleetOverview overview = overview(history, DEVICE);
            Fleet fleet = overview.withChainFigures(overview.local());
            assertThat(fleet.uptime24h()).as("down for 23 of the last 24 hours").isCloseTo(1 / 24.0, within(1e-9));
            assertThat(fleet.uptime7d()).as("from its first sighting, 3 days ago").isCloseTo(25 / 72.0, within(1e-9));
            assertThat(fleet.devices().getFirst().online()).isTrue();
            assertThat(fleet.pendingRewards()).as("the network could not be asked").isEmpty();
        }
    }
}
