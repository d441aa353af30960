package io.outpost.app.dashboard;

import static io.outpost.app.dashboard.DailySummaryTest.BERLIN;
import static org.assertj.core.api.Assertions.assertThat;

import io.outpost.app.alerts.AlertLog;
import io.outpost.app.history.HistoryStore;
import io.outpost.app.onboarding.MyDevices;
import io.outpost.app.storage.LocalDatabase;
import io.outpost.network.NetworkProfile;
import io.outpost.network.NetworkProfiles;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When the daily summary is told: each {@link DailySummaries} is one run of Outpost at a given local time in
 * Berlin, on the same files, so a restart is a new one. Once a day, after its time, never twice.
 */
class DailySummariesTest {
    private static final NetworkProfile DEVNET = NetworkProfiles.builtIn().byIdOrDefault(NetworkProfiles.DEVNET_ID);
    private static final Optional<LocalTime> EIGHT = Optional.of(LocalTime.of(8, 0));

    @TempDir
    Path temp;

    private HistoryStore history;
    private LocalDatabase database;
    private final List<DailySummary> told = new ArrayList<>();

    @BeforeEach
    void open() {
        history = HistoryStore.open(temp.resolve("history.db"), Clock.systemUTC(), () -> 0);
        database = LocalDatabase.open(temp.resolve("outpost.db"));
        DailySummaryTest.yesterdayIn(history);
    }

    @AfterEach
    void close() {
        history.close();
        database.close();
    }

    // A run at {@code local} (Berlin time), listening, with the devices of DailySummaryTest.
    private DailySummaries runAt(String local, Optional<LocalTime> at, List<MyDevices.MyDevice> devices) {
        Clock clock = Clock.fixed(LocalDateTime.parse(local).atZone(BERLIN).toInstant(), BERLIN);
        DailySummaries summaries = new DailySummaries(() -> DEVNET, chain -> devices, history, new AlertLog(database), at, clock);
        summaries.addListener(told::add);
        return summaries;
    }

    private DailySummaries runAt(String local) {
        return runAt(local, EIGHT, List.of(DailySummaryTest.ROOF, DailySummaryTest.GARDEN));
    }

    @Test
    void toldOnceADayAfterItsTimeAlsoAcrossRestarts() {
        assertThat(runAt("2026-11-25T07:59:30").check()).as("before its time").isEmpty();
        DailySummaries run = runAt("2026-11-25T08:00:10");
        assertThat(run.check()).map(DailySummary::day).contains(LocalDate.parse("2026-11-24"));
        assertThat(run.check()).as("once").isEmpty();
        assertThat(runAt("2026-11-25T12:00:00").check()).as("not again after a restart").isEmpty();
        assertThat(told).hasSize(1);
        assertThat(told.getFirst().total()).isEqualTo(2);

        assertThat(runAt("2026-11-26T08:01:00").check()).as("the next day").map(DailySummary::day)
                .contains(LocalDate.parse("2026-11-25"));
    }

    @Test
    void aComputerOffAtThatTimeHearsItWhenOutpostStartsLaterThatDay() {
        assertThat(runAt("2026-11-25T22:45:00").check()).isPresent();
        assertThat(told).hasSize(1);
    }

    @Test
    void offOrWithNobodyListeningNothingIsToldNorRemembered() {
        assertThat(runAt("2026-11-25T09:00:00", Optional.empty(), List.of(DailySummaryTest.ROOF)).check()).as("off").isEmpty();
        Clock nine = Clock.fixed(LocalDateTime.parse("2026-11-25T09:00:00").atZone(BERLIN).toInstant(), BERLIN);
        DailySummaries commandLine = new DailySummaries(() -> DEVNET, chain -> List.of(DailySummaryTest.ROOF), history,
                new AlertLog(database), EIGHT, nine);
        assertThat(commandLine.check()).as("no window to tell it").isEmpty();

        runAt("2026-11-25T09:00:30").check();
        assertThat(told).as("the window hears it after all").hasSize(1);
    }

    @Test
    void withoutDevicesThereIsNoSummaryAndTheDayIsDone() {
        assertThat(runAt("2026-11-25T09:00:00", EIGHT, List.of()).check()).isEmpty();
        assertThat(runAt("2026-11-25T09:00:30").check()).as("the day was looked at").isEmpty();
        assertThat(told).isEmpty();
    }
}
