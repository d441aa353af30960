package io.outpost.views.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.outpost.app.settings.Settings;
import io.outpost.app.settings.SettingsStore;
import io.outpost.app.settings.Theme;
import io.outpost.app.tasks.TaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsKeeperTest {
    @TempDir
    Path temp;

    @Test
    void changesAreSaved() {
        SettingsStore store = new SettingsStore(temp.resolve("settings.json"), Clock.systemUTC());
        SettingsKeeper keeper = new SettingsKeeper(store, Settings.defaults(), TaskRunner.sameThread(), n -> { });

        keeper.update(s -> s.withTheme(Theme.DARK));

        assertThat(keeper.current().theme()).isEqualTo(Theme.DARK);
        assertThat(store.load().settings().theme()).isEqualTo(Theme.DARK);
    }

    @Test
    void aFailedSaveKeepsTheChoiceAndTellsTheUser() throws Exception {
        Path blocker = Files.writeString(temp.resolve("not-a-folder"), "x");
        SettingsStore store = new SettingsStore(blocker.resolve("settings.json"), Clock.systemUTC());
        List<Notice> notices = new ArrayList<>();
        SettingsKeeper keeper = new SettingsKeeper(store, Settings.defaults(), TaskRunner.sameThread(), notices::add);

        keeper.update(s -> s.withLanguage("fr"));

        assertThat(keeper.current().language()).isEqualTo("fr");
        assertThat(notices).containsExactly(Notice.of("notice.settingsNotSaved", blocker));
    }
}
