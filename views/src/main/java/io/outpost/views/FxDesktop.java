package io.outpost.views;

import io.outpost.app.AppServices;
import io.outpost.app.cli.DesktopLauncher;
import io.outpost.app.cli.SmokeTestResult;
import io.outpost.app.settings.Theme;
import io.outpost.app.tasks.TaskRunner;
import io.outpost.views.shell.MainWindow;
import io.outpost.views.shell.ThemeApplier;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.application.HostServices;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.slf4j.LoggerFactory;

/**
 * Starts JavaFX without an {@code Application} subclass, so the window is built on services passed in
 * rather than reached through static state; returns when the window has closed.
 */
public final class FxDesktop implements DesktopLauncher {
    private static final Duration CLOSING = Duration.ofSeconds(10);
    // Set when JavaFX was started early, before the services were built; null until then.
    private CompletableFuture<Void> toolkit;
    // Made on the UI thread by the early start (with the computer's theme already applied), else by the window.
    private ThemeApplier theme;

    /**
     * Starts JavaFX now, on a thread of its own, while the caller goes on building the services: the window then
     * waits for the slower of the two rather than for both one after the other. A failure to start is told when the
     * window is opened, as it would have been without this. Call once, before {@link #open} or {@link #smokeTest}.
     */
    public void startEarly() {
        CompletableFuture<Void> started = new CompletableFuture<>();
        toolkit = started;
        Thread.ofPlatform().name("outpost-fx-start").daemon().start(() -> {
            try {
                Platform.startup(() -> {
                    warmUp();
                    started.complete(null);
                });
            } catch (RuntimeException | Error e) {
                started.completeExceptionally(e);
            }
        });
    }

    /**
     * On the UI thread, while the services are still being built: applies the theme the computer asks for (the
     * setting's default; the window applies the user's own, at no cost when it is the same) and makes a first
     * scene, whose set-up inside JavaFX takes a tenth of a second once. Both were on the way to the first frame.
     */
    private void warmUp() {
        theme = new ThemeApplier();
        theme.apply(Theme.SYSTEM);
        new Scene(new Pane());
    }

    // Runs task on the UI thread once JavaFX is up: Platform.startup's contract, with an early start or without.
    private void onToolkit(Runnable task) {
        if (toolkit == null) {
            Platform.startup(task);
            return;
        }
        try {
            toolkit.join();
        } catch (CompletionException e) {
            switch (e.getCause()) {
                case RuntimeException failure -> throw failure;
                case Error failure -> throw failure;
                case null, default -> throw e;
            }
        }
        Platform.runLater(task);
    }

    @Override
    public int open(AppServices services) {
        CountDownLatch closed = new CountDownLatch(1);
        AtomicReference<MainWindow> window = new AtomicReference<>();
        onToolkit(() -> showWindow(services, (stage, main) -> {
            window.set(main);
            // A while after the window is up, then daily; never in a development build (ADR 0022).
            services.updates().start();
            // Registered after the window's own handler, which keeps its bounds, so those are in by the time we save.
            stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> closed.countDown());
        }));
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        saveSettings(window.get());
        Platform.exit();
        return 0;
    }

    /**
     * The window as {@link #open} shows it, closed again once the dashboard has been drawn (or after
     * {@code timeout}). The window's size and place are not saved: a check does not move the user's window.
     */
    @Override
    public SmokeTestResult smokeTest(AppServices services, Duration timeout, Runnable drawn) {
        AtomicReference<SmokeCheck> check = new AtomicReference<>();
        AtomicReference<Stage> shown = new AtomicReference<>();
        AtomicReference<RuntimeException> failed = new AtomicReference<>();
        CountDownLatch started = new CountDownLatch(1);
        try {
            onToolkit(() -> {
                try {
                    showWindow(services, (stage, main) -> {
                        shown.set(stage);
                        check.set(new SmokeCheck(main, stage.getScene()));
                        check.get().start();
                    });
                } catch (RuntimeException e) {
                    failed.set(e);
                } finally {
                    started.countDown();
                }
            });
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            LoggerFactory.getLogger(FxDesktop.class).error("JavaFX could not start", e);
            return SmokeTestResult.NO_TOOLKIT;
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        SmokeTestResult result;
        if (!awaitQuietly(started, timeout)) {
            result = SmokeTestResult.TIMED_OUT;
        } else if (failed.get() != null) {
            LoggerFactory.getLogger(FxDesktop.class).error("The window could not be built", failed.get());
            result = SmokeTestResult.WINDOW_FAILED;
        } else {
            result = check.get().await(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
        }
        if (result == SmokeTestResult.PASSED) {
            drawn.run();
        }
        close(check.get(), shown.get());
        return result;
    }

    private void showWindow(AppServices services, BiConsumer<Stage, MainWindow> shown) {
        TaskRunner tasks = services.taskRunner(Platform::runLater);
        Stage stage = new Stage();
        if (theme == null) {
            theme = new ThemeApplier();
        }
        MainWindow main = new MainWindow(stage, services, tasks, theme, browser());
        main.show();
        shown.accept(stage, main);
    }

    /**
     * The user's web browser, through JavaFX's host services. They hang off an {@code Application}, which this
     * launcher does not subclass, so an empty one stands in for it (never launched: it only lends its services).
     */
    private static Consumer<URI> browser() {
        HostServices host = new Application() {
            @Override
            public void start(Stage primaryStage) {
            }
        }.getHostServices();
        return uri -> host.showDocument(uri.toString());
    }

    private static void close(SmokeCheck check, Stage stage) {
        CountDownLatch closed = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                if (check != null) {
                    check.stop();
                }
                if (stage != null) {
                    stage.hide();
                }
            } finally {
                closed.countDown();
            }
        });
        awaitQuietly(closed, CLOSING);
        Platform.exit();
    }

    private static boolean awaitQuietly(CountDownLatch latch, Duration timeout) {
        try {
            return latch.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
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
