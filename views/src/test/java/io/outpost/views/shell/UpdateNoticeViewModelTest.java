package io.outpost.views.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.outpost.app.settings.Settings;
import io.outpost.app.settings.SettingsStore;
import io.outpost.app.tasks.TaskRunner;
import io.outpost.app.updates.Release;
import io.outpost.app.updates.Version;
import io.outpost.views.common.SettingsKeeper;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The notice of a new version, without a toolkit: shown, opened, dismissed and remembered. */
class UpdateNoticeViewModelTest {
    @TempDir
    Path temp;

    private final List<URI> opened = new ArrayList<>();

    private SettingsStore store() {
        return new SettingsStore(temp.resolve("settings.json"), Clock.systemUTC());
    }

    private UpdateNoticeViewModel model() {
        SettingsKeeper keeper = new SettingsKeeper(store(), store().load().settings(), TaskRunner.sameThread(), n -> { });
        return new UpdateNoticeViewModel(keeper, "0.2.0", opened::add);
    }

    private static Release release(String version, String page) {
        return new Release(Version.parse(version).orElseThrow(), URI.create(page));
    }

    @Test
    void aNewerReleaseIsShownAndItsPageOpensInTheBrowser() {
        UpdateNoticeViewModel model = model();
        assertThat(model.releaseProperty().get()).isNull();

        model.offer(release("0.3.0", "https://github.com/example/outpost/releases/tag/v0.3.0"));
        model.openReleasePage();

        assertThat(model.releaseProperty().get().version().toString()).isEqualTo("0.3.0");
        assertThat(model.installedVersion()).isEqualTo("0.2.0");
        assertThat(opened).containsExactly(URI.create("https://github.com/example/outpost/releases/tag/v0.3.0"));
    }

    @Test
    void aDismissedVersionIsNotToldAgainEvenAfterARestartButANewerOneIs() {
        UpdateNoticeViewModel model = model();
        model.offer(release("0.3.0", "https://example.org/v0.3.0"));

        model.dismiss();

        assertThat(model.releaseProperty().get()).isNull();
        assertThat(store().load().settings().updates().dismissedVersion()).isEqualTo("0.3.0");
        UpdateNoticeViewModel afterRestart = model();
        afterRestart.offer(release("0.3.0", "https://example.org/v0.3.0"));
        afterRestart.offer(release("0.2.5", "https://example.org/v0.2.5"));
        assertThat(afterRestart.releaseProperty().get()).as("the dismissed one or older").isNull();
        afterRestart.offer(release("0.4.0", "https://example.org/v0.4.0"));
        assertThat(afterRestart.releaseProperty().get().version().toString()).isEqualTo("0.4.0");
    }

    @Test
    void theNewestOfferStaysAndOnlyHttpsPagesAreOpened() {
        UpdateNoticeViewModel model = model();
        model.offer(release("0.4.0", "http://example.org/v0.4.0"));
        model.offer(release("0.3.0", "https://example.org/v0.3.0"));

        assertThat(model.releaseProperty().get().version().toString()).isEqualTo("0.4.0");
        model.openReleasePage();
        assertThat(opened).as("not https: never opened").isEmpty();
        model.dismiss();
        assertThat(store().load().settings().updates().dismissedVersion()).isEqualTo("0.4.0");
        assertThat(Settings.defaults().updates().dismissedVersion()).isNull();
    }
}
