package io.outpost.views.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.outpost.i18n.Messages;
import io.outpost.views.shell.Screen;
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

    private static String drawnText(Labeled labeled) {
        return labeled.getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof Text && n != labeled.getGraphic()).map(n -> ((Text) n).getText())
                .findFirst().orElse("");
    }
}
