package io.outpost.views.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.outpost.app.AppInfo;
import io.outpost.app.settings.Settings;
import io.outpost.app.settings.SettingsStore;
import io.outpost.app.settings.UpdateCheck;
import io.outpost.app.storage.AppDirectories;
import io.outpost.app.updates.FeedServer;
import java.net.URI;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ScrollPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The notice of a new version, from a feed on loopback: shown, its page opened, dismissed and remembered. */
class UpdateNoticeUiTest extends DesktopUiTest {
    private final FeedServer feed;

    UpdateNoticeUiTest() throws Exception {
        feed = new FeedServer();
    }

    @Override
    protected AppInfo appInfo() {
        return new AppInfo("Outpost", "0.2.0");
    }

    @AfterEach
    void stopFeed() {
        feed.close();
    }

    @Test
    void aNewVersionIsToldWithALinkAndADismissedOneIsNotToldAgain() throws Exception {
        new SettingsStore(AppDirectories.portable(dataDir).settingsFile(), Clock.systemUTC())
                .save(Settings.defaults().withUpdates(new UpdateCheck(true, feed.feed().toString(), null)));
        open();
        assertThat(robot.lookup("#notice-update").tryQuery()).as("nothing before a check").isEmpty();

        services().updates().checkNow(); // what the daily timer does, on this (non-UI) thread
        waitFor("#notice-update");
        waitForText("#update-notice-text", "Outpost 0.3.0 is out. You have 0.2.0.");
        shot("shown");
        robot.clickOn("#update-notice-open");
        assertThat(opened).containsExactly(URI.create("https://github.com/example/outpost/releases/tag/v0.3.0"));

        robot.clickOn("#update-notice-dismiss");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#notice-update").tryQuery()).isEmpty();
        services().updates().checkNow();
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#notice-update").tryQuery()).as("the dismissed version again").isEmpty();
        assertThat(feed.requests()).hasSize(2).allMatch(r -> r.endsWith("Outpost/0.2.0"));

        robot.clickOn("#nav-settings");
        assertThat(this.<CheckBox>lookup("#updates-choice").isSelected()).isTrue();
        interact(() -> robot.lookup("#screen-settings .scroll-pane").queryAs(ScrollPane.class).setVvalue(1.0));
        shot("settings");
        close();
        UpdateCheck saved = new SettingsStore(AppDirectories.portable(dataDir).settingsFile(), Clock.systemUTC())
                .load().settings().updates();
        assertThat(saved.dismissedVersion()).isEqualTo("0.3.0");
    }
}
