package io.outpost.app.updates;

import static org.assertj.core.api.Assertions.assertThat;

import io.outpost.app.AppInfo;
import io.outpost.app.AppServices;
import io.outpost.app.doctor.SystemFacts;
import io.outpost.app.settings.Settings;
import io.outpost.app.settings.SettingsStore;
import io.outpost.app.settings.UpdateCheck;
import io.outpost.app.storage.AppDirectories;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wiring as AppServices builds it: when a check is made, against which feed, and that test runs make none. */
class UpdateWatchTest {
    private static final SystemFacts FACTS = new SystemFacts(Runtime.version(), Optional.of("25"), "Linux", "6", "amd64", "tester");

    @TempDir
    Path data;

    private final FeedServer server;
    private final List<Release> heard = new CopyOnWriteArrayList<>();

    UpdateWatchTest() throws Exception {
        server = new FeedServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private AppServices services(AppInfo info) {
        return new AppServices(info, AppDirectories.portable(data), FACTS, Clock.systemUTC());
    }

    private void settings(UpdateCheck updates) throws Exception {
        new SettingsStore(AppDirectories.portable(data).settingsFile(), Clock.systemUTC())
                .save(Settings.defaults().withUpdates(updates));
    }

    @Test
    void theServicesOfATestRunNeverCheck() throws Exception {
        // As the test harnesses build them: this build's AppInfo (a SNAPSHOT) and the default settings.
        try (AppServices services = services(AppInfo.fromBuild())) {
            assertThat(AppInfo.fromBuild().releaseFeed()).as("the test build names no feed").isEmpty();
            assertThat(services.updates().feed()).isEmpty();
            assertThat(services.updates().start()).as("a development build schedules nothing").isEmpty();
            assertThat(services.updates().checkNow()).isEmpty();
        }
        // Even a feed in settings.json is not asked by a development build.
        settings(new UpdateCheck(true, server.feed().toString(), null));
        try (AppServices services = services(new AppInfo("Outpost", "0.1.0-SNAPSHOT", Optional.of(server.feed())))) {
            assertThat(services.updates().checkNow()).isEmpty();
        }
        // A release version with no feed named anywhere (DesktopUiTest's harness) has nothing to ask.
        settings(UpdateCheck.defaults());
        try (AppServices services = services(new AppInfo("Outpost", "0.2.0"))) {
            assertThat(services.updates().feed()).isEmpty();
            assertThat(services.updates().checkNow()).isEmpty();
        }
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void aReleaseWithAFeedChecksAWhileAfterTheStartAndTellsTheListeners() throws Exception {
        try (AppServices services = services(new AppInfo("Outpost", "0.2.0", Optional.of(server.feed())))) {
            services.updates().addListener(heard::add);
            assertThat(services.updates().start(Duration.ofMillis(300), Duration.ofDays(1))).isPresent();
            assertThat(server.requests()).as("not at once").isEmpty();

            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (heard.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(heard).extracting(r -> r.version().toString()).containsExactly("0.3.0");
            assertThat(server.requests()).containsExactly("GET /releases.atom Outpost/0.2.0");
        }
    }

    @Test
    void settingsCanNameAnotherFeedOrSwitchTheCheckOff() throws Exception {
        settings(new UpdateCheck(true, server.feed().toString(), null));
        try (AppServices services = services(new AppInfo("Outpost", "0.2.0", Optional.of(java.net.URI.create(
                "https://releases.invalid/releases.atom"))))) {
            assertThat(services.updates().feed()).contains(server.feed());
            assertThat(services.updates().checkNow()).isPresent();
        }
        settings(new UpdateCheck(false, server.feed().toString(), null));
        try (AppServices services = services(new AppInfo("Outpost", "0.2.0", Optional.of(server.feed())))) {
            assertThat(services.updates().feed()).isEmpty();
            assertThat(services.updates().checkNow()).isEmpty();
        }
        assertThat(server.requests()).hasSize(1);
    }
}
