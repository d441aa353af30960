package io.outpost.views;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** What the smoke test counts as drawn: a window of one flat colour is not; one with text on it is. */
class SmokeCheckUiTest {
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aFlatWindowIsNotDrawnAndOneWithTextIs() {
        AtomicBoolean blank = new AtomicBoolean(true);
        AtomicBoolean text = new AtomicBoolean(false);
        robot.interact(() -> {
            blank.set(SmokeCheck.drawn(new Scene(new Pane(), 400, 300)));
            text.set(SmokeCheck.drawn(new Scene(new StackPane(new Label("Outpost: 3 of 4 devices online")), 400, 300)));
        });

        assertThat(blank).as("a flat window").isFalse();
        assertThat(text).as("a window with text").isTrue();
    }
}
