package io.outpost.views;

import io.outpost.app.AppServices;
import io.outpost.app.cli.DesktopLauncher;
import io.outpost.app.tasks.TaskRunner;
import io.outpost.views.shell.MainWindow;
import io.outpost.views.shell.ThemeApplier;
import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.slf4j.LoggerFactory;

/**
 * Starts JavaFX without an {@code Application} subclass, so the window is built on services passed in
 * rather than reached through static state; returns when the window has closed.
 */
public final class FxDesktop implements DesktopLauncher {
    @Override
    public int open(AppServices services) {
        CountDownLatch closed = new CountDownLatch(1);
        AtomicReference<MainWindow> window = new AtomicReference<>();
        Platform.startup(() -> {
            TaskRunner tasks = services.taskRunner(Platform::runLater);
            Stage stage = new Stage();
            MainWindow main = new MainWindow(stage, services, tasks, new ThemeApplier());
            window.set(main);
            main.show();
            // Registered after the window's own handler, which keeps its bounds, so those are in by the time we save.
            stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> closed.countDown());
        });
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        saveSettings(window.get());
        Platform.exit();
        return 0;
    }

    private static void saveSettings(MainWindow window) {
        if (window == null) {
            return;
        }
        try {
            window.settings().saveNow();
        } catch (IOException e) {
            // Looked up here, not in a static field: this class exists before the CLI has set up logging.
            LoggerFactory.getLogger(FxDesktop.class).warn("Settings could not be saved when the window closed", e);
        }
    }
}
