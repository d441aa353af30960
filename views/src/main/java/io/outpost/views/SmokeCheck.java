package io.outpost.views;

import io.outpost.app.cli.SmokeTestResult;
import io.outpost.views.dashboard.DashboardViewModel;
import io.outpost.views.shell.MainWindow;
import io.outpost.views.shell.Screen;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.IntStream;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.slf4j.LoggerFactory;

/**
 * Watches a shown main window until the dashboard has read its figures, has been laid out on a pulse and
 * draws something other than one flat colour (a snapshot goes through the same graphics pipeline as the
 * screen); {@link #await} then says how it went. Start it on the UI thread.
 */
final class SmokeCheck {
    // A window of one colour drew nothing; the dashboard's text and tiles give hundreds of colours.
    private static final int MIN_COLOURS = 16;

    private final CompletableFuture<SmokeTestResult> result = new CompletableFuture<>();
    private final MainWindow window;
    private final Scene scene;
    private final Runnable afterLayout = this::afterLayout;
    private Screen screenBefore;

    SmokeCheck(MainWindow window, Scene scene) {
        this.window = window;
        this.scene = scene;
    }

    /** Shows the dashboard and checks it after each layout pass. Call on the UI thread. */
    void start() {
        screenBefore = window.shell().screenProperty().get();
        window.shell().screenProperty().set(Screen.DASHBOARD);
        scene.addPostLayoutPulseListener(afterLayout);
        Platform.requestNextPulse();
    }

    /** The result, or {@link SmokeTestResult#TIMED_OUT} when none came within {@code timeout}. */
    SmokeTestResult await(Duration timeout) {
        try {
            return result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return SmokeTestResult.TIMED_OUT;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return SmokeTestResult.TIMED_OUT;
        } catch (ExecutionException e) {
            LoggerFactory.getLogger(SmokeCheck.class).error("The smoke test failed", e.getCause());
            return SmokeTestResult.NOT_RENDERED;
        }
    }

    /** Stops watching and puts back the screen the user had last. Call on the UI thread. */
    void stop() {
        scene.removePostLayoutPulseListener(afterLayout);
        if (screenBefore != null) {
            window.shell().screenProperty().set(screenBefore);
        }
    }

    private void afterLayout() {
        if (result.isDone()) {
            return;
        }
        DashboardViewModel dashboard = window.dashboard();
        if (dashboard.failedProperty().get()) {
            result.complete(SmokeTestResult.DASHBOARD_FAILED);
            return;
        }
        Node screen = scene.lookup("#screen-dashboard");
        if (dashboard.fleetProperty().get() == null || screen == null || !laidOut(screen)) {
            Platform.requestNextPulse(); // the figures are still being read: look again on the next pulse
            return;
        }
        // Not from inside the pulse: a snapshot starts a layout and render pass of its own.
        Platform.runLater(() -> result.complete(drawn(scene) ? SmokeTestResult.PASSED : SmokeTestResult.NOT_RENDERED));
    }

    private static boolean laidOut(Node screen) {
        if (screen.getLayoutBounds().getWidth() <= 0 || screen.getLayoutBounds().getHeight() <= 0) {
            return false;
        }
        for (Node node = screen; node != null; node = node.getParent()) {
            if (!node.isVisible()) {
                return false;
            }
        }
        return true;
    }

    static boolean drawn(Scene scene) {
        WritableImage image;
        try {
            image = scene.snapshot(null);
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(SmokeCheck.class).error("The window could not be drawn", e);
            return false;
        }
        return colours(image) >= MIN_COLOURS;
    }

    // How many colours the image shows, counted up to MIN_COLOURS (a million pixels take milliseconds).
    private static long colours(WritableImage image) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] argb = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        return IntStream.of(argb).distinct().limit(MIN_COLOURS).count();
    }
}
