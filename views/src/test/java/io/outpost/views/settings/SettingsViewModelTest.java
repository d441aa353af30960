package io.outpost.views.settings;

import io.outpost.views.common.SettingsKeeper;
import static org.assertj.core.api.Assertions.assertThat;

import io.outpost.app.settings.Settings;
import io.outpost.app.settings.StreetMap;
import io.outpost.app.settings.UpdateCheck;
import io.outpost.app.settings.SettingsStore;
import io.outpost.app.settings.Theme;
import io.outpost.app.tasks.TaskRunner;
import io.outpost.i18n.Language;
import io.outpost.i18n.Messages;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsViewModelTest {
    @TempDir
    Path temp;

    private final Messages messages = new Messages(Language.ENGLISH);
    private final List<Theme> applied = new ArrayList<>();
    private final List<Settings> alerts = new ArrayList<>();

    private SettingsStore store() {
        return new SettingsStore(temp.resolve("settings.json"), Clock.systemUTC());
    }

    private SettingsViewModel model() {
        SettingsKeeper keeper = new SettingsKeeper(store(), Settings.defaults(), TaskRunner.sameThread(), n -> { });
        return new SettingsViewModel(keeper, messages, applied::add, Locale.JAPAN, temp, alerts::add);
    }

    @Test
    void theOfflineAlertAndHistoryChoicesAreSavedAndTheAlertOneAppliesAtOnce() throws Exception {
        SettingsViewModel model = model();
        assertThat(model.offlineAlertMinutesProperty().get()).isEqualTo(Settings.DEFAULT_OFFLINE_ALERT_MINUTES);
        model.offlineAlertMinutesProperty().set(10);
        model.historyDaysProperty().set(0);
        assertThat(alerts).extracting(Settings::offlineAlertAfter).containsExactly(Duration.ofMinutes(10));
        Settings saved = store().load().settings();
        assertThat(saved.offlineAlertMinutes()).isEqualTo(10);
        assertThat(saved.historyRetentionDays()).as("forever").isZero();
    }

    @Test
    void theDailySummaryIsOffUntilChosenThenAppliesAtOnceAndIsSaved() throws Exception {
        SettingsViewModel model = model();
        assertThat(model.dailySummaryHourProperty().get()).isEqualTo(Settings.DAILY_SUMMARY_OFF);
        assertThat(model.dailySummaryChoices()).startsWith(Settings.DAILY_SUMMARY_OFF).contains(8, 18);

        model.dailySummaryHourProperty().set(18);

        assertThat(alerts).extracting(Settings::dailySummaryAt).containsExactly(Optional.of(LocalTime.of(18, 0)));
        assertThat(store().load().settings().dailySummaryAt()).contains(LocalTime.of(18, 0));
        model.dailySummaryHourProperty().set(Settings.DAILY_SUMMARY_OFF);
        assertThat(store().load().settings().dailySummaryAt()).as("off again").isEmpty();
    }

    @Test
    void theStreetMapIsOffUntilSwitchedOnAndKeepsItsServer() throws Exception {
        SettingsViewModel model = model();
        assertThat(model.streetMapProperty().get()).isFalse();
        model.streetMapProperty().set(true);
        assertThat(store().load().settings().streetMap().enabled()).isTrue();
        assertThat(store().load().settings().streetMap().tiles()).isEqualTo(StreetMap.OSM_TILES);
        model.streetMapProperty().set(false);
        assertThat(store().load().settings().streetMap().enabled()).isFalse();
    }

    @Test
    void offersTheComputersLanguageAndEveryShippedOne() {
        assertThat(model().languageChoices())
                .containsExactly("system", "en", "de", "es", "fr", "pt-BR", "zh-CN", "ja", "ar");
        assertThat(model().themeChoices()).containsExactly(Theme.SYSTEM, Theme.LIGHT, Theme.DARK);
    }

    @Test
    void choosingALanguageAppliesAndSavesIt() {
        SettingsViewModel model = model();

        model.languageProperty().set("ar");

        assertThat(messages.language()).isEqualTo(Language.ARABIC);
        assertThat(store().load().settings().language()).isEqualTo("ar");
    }

    @Test
    void followingTheComputerUsesItsLanguage() {
        SettingsViewModel model = model();
        model.languageProperty().set("de");
        model.languageProperty().set("system");
        assertThat(messages.language()).isEqualTo(Language.JAPANESE);
        assertThat(store().load().settings().language()).isEqualTo("system");
    }

    @Test
    void choosingAThemeAppliesAndSavesIt() {
        SettingsViewModel model = model();

        model.themeProperty().set(Theme.DARK);

        assertThat(applied).containsExactly(Theme.DARK);
        assertThat(store().load().settings().theme()).isEqualTo(Theme.DARK);
        assertThat(model.dataFolder()).isEqualTo(temp);
    }

    @Test
    void theUpdateCheckIsOnUntilSwitchedOffAndKeepsWhatElseItRemembers() throws Exception {
        store().save(Settings.defaults().withUpdates(new UpdateCheck(true, "https://example.org/releases.atom", "0.3.0")));
        SettingsKeeper keeper = new SettingsKeeper(store(), store().load().settings(), TaskRunner.sameThread(), n -> { });
        SettingsViewModel model = new SettingsViewModel(keeper, messages, applied::add, Locale.JAPAN, temp, alerts::add);
        assertThat(model.updatesProperty().get()).isTrue();

        model.updatesProperty().set(false);

        assertThat(store().load().settings().updates())
                .isEqualTo(new UpdateCheck(false, "https://example.org/releases.atom", "0.3.0"));
    }
}
