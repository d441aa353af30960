package io.outpost.views.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.outpost.app.AppInfo;
import io.outpost.app.AppServices;
import io.outpost.app.dashboard.DailySummary;
import io.outpost.app.doctor.SystemFacts;
import io.outpost.app.settings.Settings;
import io.outpost.app.settings.SettingsStore;
import io.outpost.app.status.StatusService;
import io.outpost.app.storage.AppDirectories;
import io.outpost.app.tasks.TaskRunner;
import io.outpost.i18n.Language;
import io.outpost.i18n.Messages;
import io.outpost.network.NetworkProfile;
import io.outpost.network.NetworkProfiles;
import io.outpost.views.common.Notice;
import io.outpost.views.common.SettingsKeeper;
import io.outpost.views.dashboard.DailySummaryNotice;
import io.outpost.wallet.KeystoreDirectory;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The notices the alerts leave in the window besides lost devices: a history set aside, yesterday's summary. No toolkit. */
class AlertNoticesTest {
    private static final NetworkProfile DEVNET = NetworkProfiles.builtIn().byIdOrDefault(NetworkProfiles.DEVNET_ID);
    private static final Messages ENGLISH = new Messages(Language.ENGLISH);

    @TempDir
    Path temp;

    private final ObservableList<Notice> notices = ShellViewModel.newNoticeList();

    private ShellViewModel shell() {
        TaskRunner tasks = TaskRunner.sameThread();
        SettingsKeeper keeper = new SettingsKeeper(new SettingsStore(temp.resolve("settings.json"), Clock.systemUTC()),
                Settings.defaults(), tasks, notices::add);
        return new ShellViewModel(tasks, keeper, notices, new StatusService(List::of,
                new KeystoreDirectory(temp.resolve("wallet"))::state), DEVNET);
    }

    private static String text(Notice notice) {
        return ENGLISH.get(notice.key(), notice.argsIn(ENGLISH::get));
    }

    // One start of Outpost on {@code data}: what the window is told when the history is opened.
    private Optional<Path> historySetAsideAtStart(Path data) {
        SystemFacts facts = new SystemFacts(Runtime.version(), Optional.of("25"), "Linux", "6", "amd64", "root");
        try (AppServices services = new AppServices(AppInfo.fromBuild(), AppDirectories.portable(data), facts, Clock.systemUTC())) {
            return services.dashboards().historySetAside();
        }
    }

    @Test
    void aDamagedHistorySetAsideIsToldOnceWithWhereTheOldFileWasKept() throws Exception {
        Path data = temp.resolve("data");
        Files.createDirectories(data);
        Files.writeString(data.resolve("history.db"), "not SQLite, somebody’s notes ".repeat(200));
        ShellViewModel shell = shell();

        Path aside = historySetAsideAtStart(data).orElseThrow();
        shell.historySetAside(aside);

        assertThat(Files.readString(aside)).startsWith("not SQLite");
        assertThat(notices).singleElement().extracting(Notice::key).isEqualTo("notice.historyReset");
        assertThat(text(notices.getFirst())).contains(aside.toString(), "starts again from now", "fetched again");
        assertThat(historySetAsideAtStart(data)).as("the next start opens the new, sound file").isEmpty();
    }

    @Test
    void yesterdaysSummaryReadsAsASentenceAndReplacesTheDayBefores() {
        ShellViewModel shell = shell();
        NetworkProfile.TokenInfo opt = new NetworkProfile.TokenInfo("OPT", 18);
        shell.dailySummary(DailySummaryNotice.of(new DailySummary(LocalDate.parse("2026-11-23"), 2, 3, 0.5,
                BigInteger.ONE, opt, 0), ENGLISH));
        shell.dailySummary(DailySummaryNotice.of(new DailySummary(LocalDate.parse("2026-11-24"), 3, 3, 0.992,
                new BigInteger("12400000000000000000"), opt, 1), ENGLISH));

        assertThat(notices).hasSize(1);
        assertThat(text(notices.getFirst())).isEqualTo(
                "Yesterday: 3 of 3 devices online 99.2% of the time, earned 12.4 OPT, 1 device went offline.");
        assertThat(text(DailySummaryNotice.of(new DailySummary(LocalDate.parse("2026-11-24"), 1, 2, 0.5, BigInteger.ZERO,
                opt, 2), ENGLISH))).endsWith("2 devices went offline.");
    }
}
