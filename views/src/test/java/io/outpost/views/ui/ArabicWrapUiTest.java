package io.outpost.views.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.outpost.i18n.Language;
import io.outpost.i18n.Messages;
import io.outpost.views.common.WrappingLabel;
import io.outpost.views.shell.Screen;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.geometry.NodeOrientation;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.skin.LabelSkin;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Right-to-left text that wraps onto more lines: JavaFX 25.0.1 to 26.0.2 on Linux throw
 * ArrayIndexOutOfBoundsException in PrismTextLayout.computeTrailingSpaceWidth for it, caught here from the FX
 * thread's uncaught-exception handler, and WrappingLabel works around it (ADR 0005).
 */
class ArabicWrapUiTest extends DesktopUiTest {
    private static final double NARROW = 160;
    private final List<Throwable> uncaught = new CopyOnWriteArrayList<>();
    private Thread.UncaughtExceptionHandler before;
    private Stage small;

    @BeforeEach
    void catchWhatReachesTheFxThread() throws Exception {
        FxToolkit.setupFixture(() -> {
            before = Thread.currentThread().getUncaughtExceptionHandler();
            Thread.currentThread().setUncaughtExceptionHandler((thread, e) -> uncaught.add(e));
        });
    }

    /**
     * The JavaFX bug itself, kept as a canary. When this fails, the JavaFX in use lays wrapped Arabic out without
     * the exception, and WrappingLabel can go back to JavaFX's own wrapping. To check a version:
     * {@code ./mvnw -pl views -am verify -Djavafx.version=X -Dtest=ArabicWrapUiTest -Dsurefire.failIfNoSpecifiedTests=false}.
     */
    @Test
    @EnabledOnOs(OS.LINUX)
    void javaFxStillThrowsOnAPlainLabelWithArabicThatWraps() throws Exception {
        Label label = new Label();
        label.setWrapText(true);
        showInANarrowRightToLeftWindow(label);

        assertThat(uncaught).as("JavaFX %s no longer throws on wrapped Arabic: WrappingLabel's workaround can go "
                + "(ADR 0005)", System.getProperty("javafx.runtime.version")).isNotEmpty();
        assertThat(stackTrace(uncaught.getFirst())).contains("ArrayIndexOutOfBoundsException", "computeTrailingSpaceWidth");
        uncaught.clear();
    }

    @Test
    void wrappingLabelBreaksArabicIntoLinesThatFit() throws Exception {
        Label label = new WrappingLabel();
        showInANarrowRightToLeftWindow(label);

        assertNothingReachedTheFxThread();
        Text drawn = robot.from(label).lookup((Text t) -> !t.getText().isEmpty()).query();
        String[] lines = drawn.getText().split("\n");
        assertThat(lines).as("lines of %s", drawn.getText()).hasSizeGreaterThan(2);
        assertThat(String.join(" ", lines)).isEqualTo(label.getText());
        for (String line : lines) {
            Text measured = new Text(line);
            measured.setFont(label.getFont());
            assertThat(measured.getLayoutBounds().getWidth()).as(line).isLessThanOrEqualTo(NARROW);
        }
        assertThat(label.getHeight()).as("room for every line").isGreaterThanOrEqualTo(drawn.getLayoutBounds().getHeight());
    }

    @Test
    void wrappingLabelLeavesOtherTextToJavaFx() throws Exception {
        Label label = new WrappingLabel();
        showInANarrowRightToLeftWindow(label);
        interact(() -> label.setText(new Messages(Language.GERMAN).get("devices.empty.body")));

        assertNothingReachedTheFxThread();
        assertThat(label.getSkin()).isInstanceOf(LabelSkin.class);
        assertThat(label.getHeight()).as("wrapped by JavaFX").isGreaterThan(2 * label.getFont().getSize());
    }

    @Test
    void everyScreenInArabicAt800PixelsWideAndAtTheNarrowestWindow() throws Exception {
        open();
        robot.clickOn("#nav-settings");
        robot.clickOn("#language-choice").clickOn(Language.ARABIC.nativeName());
        int wrapped = 0;
        for (double width : new double[] {800, stage.getMinWidth()}) {
            interact(() -> stage.setWidth(width));
            for (Screen screen : Screen.values()) {
                robot.clickOn("#nav-" + screen.id());
                WaitForAsyncUtils.waitForFxEvents();
                shot(screen.id() + "-" + (int) width);
                wrapped += robot.lookup((Text t) -> t.getParent() instanceof WrappingLabel && t.getText().contains("\n"))
                        .queryAll().size();
            }
        }

        assertNothingReachedTheFxThread();
        assertThat(wrapped).as("Arabic labels drawn on more than one line").isGreaterThan(5);
    }

    // The text comes after the window is shown, as a screen's texts do, so it is laid out in a pulse.
    private void showInANarrowRightToLeftWindow(Label label) throws Exception {
        label.setMaxWidth(NARROW);
        FxToolkit.setupFixture(() -> {
            small = new Stage();
            StackPane root = new StackPane(label);
            root.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
            small.setScene(new Scene(root, NARROW + 40, 300));
            small.show();
        });
        Platform.runLater(() -> label.setText(new Messages(Language.ARABIC).get("devices.empty.body")));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void assertNothingReachedTheFxThread() {
        assertThat(uncaught).withFailMessage(() -> "JavaFX " + System.getProperty("javafx.runtime.version")
                + " threw on the FX thread:\n" + uncaught.stream().map(ArabicWrapUiTest::stackTrace).collect(Collectors.joining("\n")))
                .isEmpty();
    }

    private static String stackTrace(Throwable e) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        return trace.toString();
    }

    @AfterEach
    void closeAndRestore() throws Exception {
        FxToolkit.setupFixture(() -> {
            if (small != null) {
                small.hide();
            }
            Thread.currentThread().setUncaughtExceptionHandler(before);
        });
    }
}
