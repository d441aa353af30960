package io.outpost.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.outpost.app.alerts.Alert;
import io.outpost.app.history.History;
import io.outpost.app.history.HistoryStore;
import io.outpost.app.onboarding.MyDevices;
import io.outpost.app.onboarding.TrustClass;
import io.outpost.network.NetworkProfile;
import io.outpost.network.oracle.DeviceRewards;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Yesterday in a sentence, from a real history file: a local day (Berlin, UTC+1 in November), not a UTC one. */
class DailySummaryTest {
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final LocalDate YESTERDAY = LocalDate.parse("2026-11-24");
    static final NetworkProfile.TokenInfo OPT = new NetworkProfile.TokenInfo("OPT", 18);
    static final MyDevices.MyDevice ROOF = device('a', "Roof antenna");
    static final MyDevices.MyDevice GARDEN = device('b', "Garden sensor");
    static final MyDevices.MyDevice NEW = device('c', "Not seen yet");
    static final MyDevices.MyDevice GONE = device('e', "Long gone");

    @TempDir
    Path temp;

    static MyDevices.MyDevice device(char letter, String name) {
        return new MyDevices.MyDevice("0x" + String.valueOf(letter).repeat(40), 31_337, "0x" + "f".repeat(40), name,
                TrustClass.HARDWARE_VERIFIED, 0, Optional.empty(), Optional.empty());
    }

    static Instant at(String utc) {
        return Instant.parse(utc);
    }

    /** The roof antenna up all day but an hour, the garden sensor from noon on, one never seen, one gone for days. */
    static void yesterdayIn(HistoryStore history) {
        history.addSpans(ROOF.device(), List.of(new History.Span(at("2026-11-22T10:00:00Z"), at("2026-11-22T12:00:00Z")),
                new History.Span(at("2026-11-23T23:00:00Z"), at("2026-11-24T22:00:00Z"))));
        history.addSpans(GARDEN.device(), List.of(new History.Span(at("2026-11-24T11:00:00Z"), at("2026-11-25T08:00:00Z"))));
        history.addSpans(GONE.device(), List.of(new History.Span(at("2026-11-14T10:00:00Z"), at("2026-11-14T11:00:00Z"))));
        history.earnings(List.of(paid(ROOF, 1, "2026-11-23T23:30:00Z", "7"), // 00:30 in Berlin: yesterday
                paid(ROOF, 2, "2026-11-24T22:30:00Z", "100"),
                paid(GARDEN, 3, "2026-11-24T23:30:00Z", "50"))); // 00:30 today in Berlin
    }

    private static DeviceRewards paid(MyDevices.MyDevice device, long epoch, String end, String amount) {
        long to = at(end).getEpochSecond();
        return new DeviceRewards(device.device(), epoch, to - 3600, to, device.owner(), 3600, 1.0, "881f1d4887fffff", 1,
                1.0, BigInteger.ZERO, 1.0, BigInteger.TEN.pow(19), new BigInteger(amount));
    }

    private HistoryStore open() {
        return HistoryStore.open(temp.resolve("history.db"), Clock.fixed(at("2026-11-25T08:00:00Z"), BERLIN), () -> 0);
    }

    @Test
    void yesterdaysDevicesUptimeEarningsAndLossesInTheUsersTimeZone() {
        try (HistoryStore history = open()) {
            yesterdayIn(history);
            List<Alert> alerts = List.of(
                    new Alert(Alert.Kind.OFFLINE, GONE.device(), GONE.name(), at("2026-11-14T11:00:00Z"), at("2026-11-14T11:06:00Z")),
                    new Alert(Alert.Kind.OFFLINE, ROOF.device(), ROOF.name(), at("2026-11-24T13:00:00Z"), at("2026-11-24T13:06:00Z")),
                    new Alert(Alert.Kind.BACK_ONLINE, ROOF.device(), ROOF.name(), at("2026-11-24T13:00:00Z"), at("2026-11-24T13:10:00Z")),
                    new Alert(Alert.Kind.OFFLINE, ROOF.device(), ROOF.name(), at("2026-11-24T15:00:00Z"), at("2026-11-24T15:06:00Z")),
                    new Alert(Alert.Kind.OFFLINE, "0x" + "9".repeat(40), "Not mine", at("2026-11-24T12:00:00Z"), at("2026-11-24T12:06:00Z")));

            DailySummary summary = DailySummary.of(YESTERDAY, BERLIN, List.of(ROOF, GARDEN, NEW, GONE), history, alerts, OPT)
                    .orElseThrow();

            assertThat(summary.total()).as("the one never seen is not counted").isEqualTo(3);
            assertThat(summary.online()).isEqualTo(2);
            assertThat(summary.uptime()).as("23 of 24 hours, all hours since first seen, none")
                    .isCloseTo((23 / 24.0 + 1 + 0) / 3, within(1e-9));
            assertThat(summary.earned()).as("epochs that ended on the local day").isEqualTo(BigInteger.valueOf(107));
            assertThat(summary.wentOffline()).as("the roof antenna, twice; not the alert of days before").isEqualTo(1);
            assertThat(summary.day()).isEqualTo(YESTERDAY);
            assertThat(summary.token()).isEqualTo(OPT);
        }
    }

    @Test
    void nothingToSayWhenNoDeviceWasEverSeen() {
        try (HistoryStore history = open()) {
            assertThat(DailySummary.of(YESTERDAY, BERLIN, List.of(NEW), history, List.of(), OPT)).isEmpty();
            assertThat(DailySummary.of(YESTERDAY, BERLIN, List.of(), history, List.of(), OPT)).isEmpty();
        }
    }
}
