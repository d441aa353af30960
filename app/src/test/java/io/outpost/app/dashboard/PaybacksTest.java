package io.outpost.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.outpost.app.history.CostBook;
import io.outpost.app.history.HistoryStore;
import io.outpost.app.onboarding.MyDevices;
import io.outpost.app.onboarding.TrustClass;
import io.outpost.network.NetworkProfile;
import io.outpost.network.NetworkProfiles;
import io.outpost.network.oracle.DeviceRewards;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The payback read from the real history file: entered costs and price against the devices' recorded epochs. */
class PaybacksTest {
    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private static final String PRICED = "0x" + "c".repeat(40);
    private static final String UNPRICED = "0x" + "e".repeat(40);
    private static final String OWNER = "0x" + "a".repeat(40);
    private static final CostBook.TokenPrice PRICE = new CostBook.TokenPrice(Currency.getInstance("EUR"), new BigDecimal("0.5"));

    @TempDir
    Path temp;

    @Test
    void theFleetsPaybackCountsOnlyTheDevicesWithCostsAndTheirEarnings() {
        NetworkProfile devnet = NetworkProfiles.builtIn().byIdOrDefault(NetworkProfiles.DEVNET_ID);
        try (HistoryStore history = HistoryStore.open(temp.resolve("history.db"), Clock.fixed(NOW, ZoneOffset.UTC), () -> 0)) {
            // Ten days of one epoch a day: 4 tokens (2 €) for the priced device, 100 tokens for the other.
            for (int day = 10; day >= 1; day--) {
                history.earning(paid(PRICED, day, "4"));
                history.earning(paid(UNPRICED, day, "100"));
            }
            Paybacks paybacks = new Paybacks(() -> devnet, chain -> List.of(mine(PRICED, chain), mine(UNPRICED, chain)),
                    history, Clock.fixed(NOW, ZoneOffset.UTC));

            assertThat(paybacks.fleet()).as("nothing entered yet").isEqualTo(new Paybacks.FleetPayback(0, 2, Optional.empty()));
            Paybacks.DevicePayback page = paybacks.save(PRICED, new CostBook.DeviceCosts(new BigDecimal("50"),
                    new BigDecimal("10")), PRICE);
            assertThat(page.payback()).isPresent();
            assertThat(page.payback().get().earnedMoney()).isEqualByComparingTo("20");

            Paybacks.FleetPayback fleet = paybacks.fleet();
            assertThat(fleet.withCosts()).isEqualTo(1);
            assertThat(fleet.devices()).isEqualTo(2);
            Payback payback = fleet.payback().orElseThrow();
            assertThat(payback.cost()).isEqualByComparingTo("60");
            assertThat(payback.earnedUnits()).as("the other device's 1000 tokens are not weighed").isEqualTo(tokens("40"));
            // 40 € left at 2 € a day.
            assertThat(payback.date()).contains(LocalDate.parse("2026-11-25").plusDays(20));

            Paybacks.DevicePayback without = paybacks.device(UNPRICED);
            assertThat(without.costs()).isEmpty();
            assertThat(without.price()).as("the network's price is shared").contains(PRICE);
            assertThat(without.payback()).isEmpty();
            assertThat(paybacks.remove(PRICED).costs()).isEmpty();
            assertThat(paybacks.fleet().payback()).isEmpty();
        }
    }

    private static MyDevices.MyDevice mine(String device, long chain) {
        return new MyDevices.MyDevice(device, chain, OWNER, "Device " + device.charAt(2), TrustClass.HARDWARE_VERIFIED, 0,
                Optional.empty(), Optional.empty());
    }

    private static BigInteger tokens(String amount) {
        return new BigDecimal(amount).movePointRight(18).toBigIntegerExact();
    }

    // The epoch that ended {@code daysAgo} days before today's midnight.
    private static DeviceRewards paid(String device, int daysAgo, String amount) {
        long end = NOW.truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(daysAgo - 1L)).getEpochSecond() - 60;
        BigInteger units = tokens(amount);
        return new DeviceRewards(device, 1000 - daysAgo, end - 3600, end, OWNER, 3600, 1.0, "881f1d4887fffff", 1, 1.0,
                BigInteger.ZERO, 1.0, units, units);
    }
}
