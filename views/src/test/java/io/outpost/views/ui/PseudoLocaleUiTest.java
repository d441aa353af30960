package io.outpost.views.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.outpost.i18n.Language;
import io.outpost.i18n.Messages;
import io.outpost.views.shell.Screen;
import io.outpost.wallet.Wallet;
import io.outpost.wallet.keys.Mnemonic;
import io.outpost.wallet.store.AtomicFile;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.testfx.util.WaitForAsyncUtils;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Pane;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;

/**
 * Runs the shell in a pseudo-locale (accented, 40 % longer, bracketed) and checks that no label on any
 * screen is cut short: a clipped label shows an ellipsis in place of its end, so its drawn text differs.
 */
class PseudoLocaleUiTest extends DesktopUiTest {
    @Test
    void noLabelIsTruncatedOnAnyScreen() throws Exception {
        // An unreadable settings file adds the longest notice bar to every screen.
        Files.writeString(dataDir.resolve("settings.json"), "not json");
        open(language -> Messages.pseudo());
        assertThat(robot.lookup(".notice-bar").tryQuery()).isPresent();
        List<String> truncated = new ArrayList<>();
        int checked = 0;
        for (Screen screen : Screen.values()) {
            robot.clickOn("#nav-" + screen.id());
            for (Labeled labeled : visibleLabeled(stage.getScene().getRoot(), new ArrayList<>())) {
                checked++;
                String drawn = drawnText(labeled);
                if (!labeled.getText().equals(drawn)) {
                    truncated.add(screen + ": \"" + labeled.getText() + "\" drawn as \"" + drawn + "\"");
                }
            }
        }
        assertThat(checked).as("labels checked").isGreaterThan(20);
        assertThat(truncated).isEmpty();
    }

    @Test
    void noLabelIsTruncatedOnTheWalletsSetupPages() throws Exception {
        open(language -> Messages.pseudo());
        robot.clickOn("#nav-wallet");
        assertThat(truncatedOnTheSetupPages("")).isEmpty();
    }

    @Test
    void noLabelIsTruncatedOnTheWalletsSetupPagesInAnyLanguage() throws Exception {
        assertThat(inEveryLanguage(language -> {
            robot.clickOn("#nav-wallet");
            List<String> truncated = truncatedOnTheSetupPages(language + ", ");
            robot.clickOn("#restore-back");
            return truncated;
        })).isEmpty();
    }

    // From the wallet's first page through creating (words, confirmation) and back to restoring; ends on restoring.
    private List<String> truncatedOnTheSetupPages(String where) {
        List<String> truncated = new ArrayList<>(truncatedLabels(where + "setup"));
        robot.clickOn("#setup-create");
        truncated.addAll(truncatedLabels(where + "words"));
        robot.clickOn("#setup-words-done");
        truncated.addAll(truncatedLabels(where + "confirm"));
        robot.clickOn("#setup-words-again");
        robot.clickOn("#setup-back");
        robot.clickOn("#setup-restore");
        truncated.addAll(truncatedLabels(where + "restore"));
        return truncated;
    }

    @Test
    void noLabelIsTruncatedOnTheUnlockedWalletsPages() throws Exception {
        new Wallet(Wallet.folderIn(dataDir), Clock.systemUTC(), new SecureRandom(), LIGHT_SCRYPT_N, Wallet.DEFAULT_AUTO_LOCK,
                AtomicFile.Hook.NONE).create(Mnemonic.generate(12, new SecureRandom()), new char[0], "password".toCharArray());
        open(language -> Messages.pseudo());
        robot.clickOn("#nav-wallet");
        List<String> truncated = new ArrayList<>(truncatedLabels("unlock"));
        robot.clickOn("#unlock-password").write("password");
        robot.clickOn("#unlock-button");
        overviewRead();
        truncated.addAll(truncatedLabels("overview"));
        for (String page : List.of("#stake-0", "#send-0", "#history-0", "#wallet-settings")) {
            robot.clickOn(page);
            truncated.addAll(truncatedLabels(page));
            robot.clickOn("#wallet-back");
            overviewRead();
        }
        assertThat(truncated).isEmpty();
    }

    // The real languages too: single words can be longer than any pseudo-text ("Tageszusammenfassung").
    @Test
    void noLabelIsTruncatedOnAnyScreenInAnyLanguage() throws Exception {
        assertThat(inEveryLanguage(language -> {
            List<String> truncated = new ArrayList<>();
            for (Screen screen : Screen.values()) {
                robot.clickOn("#nav-" + screen.id());
                truncated.addAll(truncatedLabels(language + ", " + screen));
            }
            return truncated;
        })).isEmpty();
    }

    private interface LanguageCheck {
        List<String> truncated(Language language) throws Exception;
    }

    // Opens the window and switches it to each language in turn, from Settings, where the check starts and ends.
    private List<String> inEveryLanguage(LanguageCheck check) throws Exception {
        open();
        robot.clickOn("#nav-settings");
        List<String> truncated = new ArrayList<>();
        for (Language language : Language.values()) {
            interact(() -> services().messages().setLanguage(language));
            waitForText("#screen-settings .title-2", services().messages().get("settings.title"));
            truncated.addAll(check.truncated(language));
            robot.clickOn("#nav-settings");
        }
        return truncated;
    }

    // The overview rebuilds its cards once the network has answered (here: failed to); clicks wait for that.
    private void overviewRead() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#copy-address-0").tryQuery().isPresent()
                && !robot.lookup("#wallet-loading").query().isVisible());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<String> truncatedLabels(String where) {
        WaitForAsyncUtils.waitForFxEvents();
        return visibleLabeled(stage.getScene().getRoot(), new ArrayList<>()).stream()
                .filter(labeled -> !labeled.getText().equals(drawnText(labeled)))
                .map(labeled -> where + ": \"" + labeled.getText() + "\" drawn as \"" + drawnText(labeled) + "\"").toList();
    }

    @Test
    void pseudoTextReachesEveryScreen() throws Exception {
        open(language -> Messages.pseudo());
        for (Screen screen : Screen.values()) {
            robot.clickOn("#nav-" + screen.id());
            visibleLabeled(stage.getScene().getRoot(), new ArrayList<>()).stream()
                    .filter(l -> !l.getText().isEmpty())
                    .filter(l -> !"data-folder".equals(l.getId()) && !l.getText().startsWith("Outpost"))
                    .forEach(l -> assertThat(l.getText()).as("text of %s on %s", l, screen).startsWith("["));
        }
    }

    @Test
    void theCheckSeesAClippedLabel() throws Exception {
        open(language -> Messages.pseudo());
        Label clipped = new Label(Messages.pseudo().get("devices.empty.body"));
        interact(() -> {
            clipped.setMaxWidth(120);
            ((Pane) stage.getScene().getRoot().lookup("#screen-dashboard")).getChildren().add(clipped);
        });
        assertThat(drawnText(clipped)).isNotEqualTo(clipped.getText()).endsWith("...");
    }

    private static List<Labeled> visibleLabeled(Parent parent, List<Labeled> found) {
        for (Node child : parent.getChildrenUnmodifiable()) {
            if (!child.isVisible()) {
                continue;
            }
            if (child instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()) {
                found.add(labeled);
            }
            if (child instanceof Parent p) {
                visibleLabeled(p, found);
            }
        }
        return found;
    }

    // A WrappingLabel breaks right-to-left text into lines itself (ADR 0005): its line breaks stand for spaces.
    private static String drawnText(Labeled labeled) {
        return labeled.getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof Text && n != labeled.getGraphic()).map(n -> ((Text) n).getText())
                .findFirst().orElse("").replace('\n', ' ');
    }
}
