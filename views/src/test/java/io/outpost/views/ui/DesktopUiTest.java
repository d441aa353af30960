package io.outpost.views.ui;

import io.outpost.app.AppInfo;
import io.outpost.app.AppServices;
import io.outpost.app.doctor.SystemFacts;
import io.outpost.app.storage.AppDirectories;
import io.outpost.i18n.Language;
import io.outpost.i18n.Messages;
import io.outpost.views.shell.MainWindow;
import io.outpost.views.shell.ThemeApplier;
import io.outpost.views.testsupport.Screenshots;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Opens the real main window (real services, real settings file in a temp folder) on the Xvfb display
 * that {@code XvfbSession} started, and saves a screenshot of each test's end state under target/screenshots.
 */
abstract class DesktopUiTest {
    private static final SystemFacts FACTS = new SystemFacts(Runtime.version(), Optional.of("test"),
            System.getProperty("os.name"), System.getProperty("os.version"), System.getProperty("os.arch"), "tester");

    @TempDir
    Path dataDir;

    protected final FxRobot robot = new FxRobot();
    protected Stage stage;
    protected MainWindow window;
    private AppServices services;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
        // Tests close and reopen the window; the toolkit must outlive its last window.
        Platform.setImplicitExit(false);
    }

    protected void open() throws Exception {
        open(Messages::new);
    }

    protected void open(Function<Language, Messages> messagesFor) throws Exception {
        services = new AppServices(AppInfo.fromBuild(), AppDirectories.portable(dataDir), FACTS, Clock.systemUTC(), messagesFor);
        FxToolkit.setupFixture(() -> {
            stage = new Stage();
            window = new MainWindow(stage, services, services.taskRunner(Platform::runLater), new ThemeApplier());
            window.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        // The status bar is filled by background reads; wait until they are in so screenshots show them.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.shell().walletStateProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Closes the window as a user would and saves the settings as the launcher does after it. */
    protected void close() throws Exception {
        FxToolkit.setupFixture(() -> stage.hide());
        window.settings().saveNow();
        services.close();
    }

    protected <T extends Node> T lookup(String query) {
        return robot.lookup(query).query();
    }

    protected void interact(Runnable action) {
        robot.interact(action);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void screenshotAndClose(TestInfo test) throws Exception {
        if (stage == null || !stage.isShowing()) {
            return;
        }
        String name = getClass().getSimpleName() + "-" + test.getTestMethod().orElseThrow().getName();
        robot.interact(() -> Screenshots.save(stage.getScene(), name));
        close();
    }
}
