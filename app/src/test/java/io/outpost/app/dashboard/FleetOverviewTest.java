package io.outpost.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.outpost.app.history.History;
import io.outpost.app.history.HistoryStore;
import io.outpost.app.onboarding.MyDevices;
import io.outpost.app.onboarding.TrustClass;
import io.outpost.network.NetworkProfile;
import io.outpost.network.NetworkProfiles;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fleet overview's uptimes, from the real history file: counted from when a device was first seen. */
class FleetOverviewTest {
    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private static final String DEVICE = "0x" + "d".repeat(40);

    @TempDir
    Path temp;

    @Test
    void aDeviceDownAtTheStartOfARangeButSeenBeforeItCountsAsDownThenNotAsNotYetThere() {
        NetworkProfile devnet = NetworkProfiles.builtIn().byIdOrDefault(NetworkProfiles.DEVNET_ID);
        try (HistoryStore history = HistoryStore.open(temp.resolve("history.db"), Clock.fixed(NOW, ZoneOffset.UTC), () -> 0)) {
            // Seen three days ago for a day, then again only for the last hour.
            history.addSpans(DEVICE, List.of(new History.Span(NOW.minus(Duration.ofDays(3)), NOW.minus(Duration.ofDays(2))),
                    new History.Span(NOW.minus(Duration.ofHours(1)), NOW)));
            FleetOverview overview = new FleetOverview(() -> devnet, chain -> List.of(new MyDevices.MyDevice(DEVICE, chain,
                    "0x" + "a".repeat(40), "Roof antenna", TrustClass.HARDWARE_VERIFIED, 0, Optional.empty(), Optional.empty())),
                    history, (network, owners) -> {
                        throw new IOException("no network in this test");
                    }, cell -> "881f1d4887fffff", Clock.fixed(NOW, ZoneOffset.UTC));

            Fleet fleet = overview.load();
            assertThat(fleet.uptime24h()).as("down for 23 of the last 24 hours").isCloseTo(1 / 24.0, within(1e-9));
            assertThat(fleet.uptime7d()).as("from its first sighting, 3 days ago").isCloseTo(25 / 72.0, within(1e-9));
            assertThat(fleet.devices().getFirst().online()).isTrue();
            assertThat(fleet.pendingRewards()).as("the network could not be asked").isEmpty();
        }
    }
}
