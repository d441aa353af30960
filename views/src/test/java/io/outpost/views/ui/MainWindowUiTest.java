package io.outpost.views.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.outpost.i18n.Language;
import io.outpost.i18n.Messages;
import io.outpost.views.shell.Screen;
import io.outpost.views.testsupport.Screenshots;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.application.Application;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

class MainWindowUiTest extends DesktopUiTest {
    @Test
    void windowOpensOnTheDashboardWithHonestEmptyStates() throws Exception {
        open();

        assertThat(Window.getWindows()).contains(stage);
        assertThat(stage.getTitle()).isEqualTo("Outpost");
        assertThat(robot.lookup("#screen-dashboard").tryQuery()).isPresent();
        assertThat(robot.lookup("No devices yet — plug one in").tryQuery()).isPresent();
        assertThat(this.<Label>lookup("#header-wallet").getText()).isEqualTo("No wallet yet");
        assertThat(this.<Label>lookup("#header-network").getText()).isEqualTo("Network: Local test network");
        assertThat(this.<Label>lookup("#status-ports").getText()).doesNotContain("Looking");
        // Set just after the first frame, with what else the first frame does not need.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stage.getIcons().size() == 6);
        assertThat(stage.getIcons()).allSatisfy(icon -> assertThat(icon.isError()).isFalse())
                .extracting(icon -> (int) icon.getWidth()).containsExactly(16, 32, 48, 64, 128, 256);
    }

    @Test
    void eachNavigationItemShowsItsScreen() throws Exception {
        open();
        for (Screen screen : Screen.values()) {
            robot.clickOn("#nav-" + screen.id());
            assertThat(robot.lookup("#screen-" + screen.id()).tryQuery()).as(screen.name()).isPresent();
            assertThat(this.<ToggleButton>lookup("#nav-" + screen.id()).isSelected()).isTrue();
        }
        robot.clickOn("#nav-settings");
        assertThat(robot.lookup("#screen-settings").tryQuery()).isPresent();
        assertThat(this.<ToggleButton>lookup("#nav-settings").isSelected()).as("clicking again keeps it selected").isTrue();
    }

    @Test
    void themeSwitchRecoloursTheWindow() throws Exception {
        open();
        robot.clickOn("#nav-settings");

        robot.clickOn("#theme-choice").clickOn("Dark");

        assertThat(Application.getUserAgentStylesheet()).contains("primer-dark");
        assertThat(backgroundBrightness()).isLessThan(0.3);

        robot.clickOn("#theme-choice").clickOn("Light");
        assertThat(backgroundBrightness()).isGreaterThan(0.8);
    }

    private double backgroundBrightness() {
        Region center = lookup(".shell-center");
        return ((Color) center.getBackground().getFills().getFirst().getFill()).getBrightness();
    }

    @Test
    void arabicMirrorsTheWholeWindow() throws Exception {
        open();
        robot.clickOn("#nav-settings");
        double navXBefore = lookup(".shell-nav").localToScene(0, 0).getX();

        robot.clickOn("#language-choice").clickOn(Language.ARABIC.nativeName());
        interact(() -> { });

        assertThat(stage.getScene().getEffectiveNodeOrientation()).isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
        Region nav = lookup(".shell-nav");
        Region center = lookup(".shell-center");
        assertThat(nav.localToScene(nav.getBoundsInLocal()).getMinX())
                .isGreaterThan(center.localToScene(center.getBoundsInLocal()).getMinX())
                .isNotEqualTo(navXBefore);
        String arabicSettings = new Messages(Language.ARABIC).get("nav.settings");
        assertThat(this.<ToggleButton>lookup("#nav-settings").getText()).isEqualTo(arabicSettings);
        assertThat(robot.lookup("#screen-settings").tryQuery()).as("still on the same screen").isPresent();
    }

    @Test
    void settingsSurviveARestart() throws Exception {
        open();
        robot.clickOn("#nav-settings");
        robot.clickOn("#language-choice").clickOn(Language.GERMAN.nativeName());
        robot.clickOn("#theme-choice").clickOn(new Messages(Language.GERMAN).get("settings.theme.dark"));
        robot.clickOn("#nav-wallet");
        interact(() -> {
            stage.setX(40);
            stage.setY(30);
            stage.setWidth(900);
            stage.setHeight(640);
        });
        close();

        open();

        assertThat(this.<ToggleButton>lookup("#nav-settings").getText()).isEqualTo("Einstellungen");
        assertThat(robot.lookup("#screen-wallet").tryQuery()).isPresent();
        assertThat(Application.getUserAgentStylesheet()).contains("primer-dark");
        assertThat(stage.getWidth()).isEqualTo(900);
        assertThat(stage.getHeight()).isEqualTo(640);
        assertThat(stage.getX()).isEqualTo(40);
    }

    @Test
    void corruptSettingsFileDoesNotStopTheAppAndIsToldOnce() throws Exception {
        Files.writeString(dataDir.resolve("settings.json"), "{ this is not json");

        open();

        Label notice = lookup("#notice-notice-settingsReset .label");
        assertThat(notice.getText()).contains("settings.json.corrupt-");
        robot.interact(() -> Screenshots.save(stage.getScene(), "MainWindowUiTest-corruptSettingsNotice"));
        assertThat(robot.lookup("#screen-dashboard").tryQuery()).isPresent();
        try (Stream<Path> files = Files.list(dataDir)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("settings.json.corrupt-"));
        }
        close();

        open();
        // Only this notice: the check of the (unstarted) local test network may add its own at any moment.
        assertThat(robot.lookup("#notice-notice-settingsReset").tryQuery()).as("told only once").isEmpty();
    }

    @Test
    void aLocalTestNetworkThatIsNotRunningIsToldInPlainWords() throws Exception {
        open();

        Label notice = lookup("#notice-notice-network-devnetDown .label");
        assertThat(notice.getText()).isEqualTo("Outpost cannot reach the network “Local test network”. Start it with "
                + "“outpost devnet up”, or choose another network with “outpost network use”.");
    }
}
