package io.outpost.app.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import io.outpost.app.history.HistoryStore;
import io.outpost.app.onboarding.MyDevices;
import io.outpost.app.onboarding.TrustClass;
import io.outpost.app.storage.LocalDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Offline alerts over restarts: each run is a new {@link OfflineAlerts} on the same files, as after quitting and
 * starting Outpost again. What was told is read from the alert history, not kept by the run.
 */
class OfflineAlertsTest {
    private static final Instant LAST_SEEN = Instant.parse("2026-11-25T12:00:00Z");
    private static final MyDevices.MyDevice ROOF = new MyDevices.MyDevice("0x" + "d".repeat(40), 31_337,
            "0x" + "a".repeat(40), "Roof antenna", TrustClass.HARDWARE_VERIFIED, 0, Optional.empty(), Optional.empty());

    @TempDir
    Path temp;

    private HistoryStore history;
    private LocalDatabase database;

    @BeforeEach
    void open() {
        history = HistoryStore.open(temp.resolve("history.db"), Clock.fixed(LAST_SEEN, ZoneOffset.UTC), () -> 0);
        database = LocalDatabase.open(temp.resolve("outpost.db"));
        history.deviceSeen(ROOF.device(), LAST_SEEN.minusSeconds(60));
        history.deviceSeen(ROOF.device(), LAST_SEEN);
    }

    @AfterEach
    void close() {
        history.close();
        database.close();
    }

    // One run of Outpost, at {@code minutes} after the device was last seen.
    private OfflineAlerts runAt(double minutes) {
        Instant now = LAST_SEEN.plusSeconds((long) (minutes * 60));
        return new OfflineAlerts(() -> List.of(ROOF), history, new AlertLog(database), OfflineAlerts.DEFAULT_THRESHOLD,
                Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void aDeviceStillOfflineAfterARestartIsNotToldAgain() {
        assertThat(runAt(4).check()).as("within the threshold").isEmpty();
        OfflineAlerts first = runAt(6);
        assertThat(first.check()).extracting(Alert::kind).containsExactly(Alert.Kind.OFFLINE);
        assertThat(first.check()).as("told once in a run").isEmpty();

        assertThat(runAt(7).check()).as("nor again after a restart").isEmpty();
        assertThat(runAt(600).check()).as("nor ten hours later").isEmpty();
        assertThat(new AlertLog(database).recent(10)).hasSize(1);
    }

    @Test
    void aDeviceBackAfterARestartIsToldBackWithWhenItWasLost() {
        assertThat(runAt(6).check()).extracting(Alert::kind).containsExactly(Alert.Kind.OFFLINE);
        history.deviceSeen(ROOF.device(), LAST_SEEN.plus(Duration.ofMinutes(29)));
        history.deviceSeen(ROOF.device(), LAST_SEEN.plus(Duration.ofMinutes(30)));

        List<Alert> back = runAt(30.5).check();
        assertThat(back).extracting(Alert::kind).containsExactly(Alert.Kind.BACK_ONLINE);
        assertThat(back.getFirst().since()).as("lost since its last sighting before the loss").isEqualTo(LAST_SEEN);
        assertThat(runAt(31).check()).as("told back once").isEmpty();

        assertThat(runAt(40).check()).as("lost again: told again").extracting(Alert::kind)
                .containsExactly(Alert.Kind.OFFLINE);
    }
}
