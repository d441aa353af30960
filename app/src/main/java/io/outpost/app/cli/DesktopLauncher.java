package io.outpost.app.cli;

import io.outpost.app.AppServices;
import java.time.Duration;

/** Opens the desktop window on the wired services and returns the exit code once it closes. */
@FunctionalInterface
public interface DesktopLauncher {
    int open(AppServices services);

    /**
     * {@code outpost --smoke-test}: opens the window, waits at most {@code timeout} until the dashboard has been
     * laid out and drawn, closes the window and says how it went. {@code drawn} runs once the dashboard is drawn,
     * before the window closes, so what is told then is timed at the first frame. A launcher without a window
     * cannot do this.
     */
    default SmokeTestResult smokeTest(AppServices services, Duration timeout, Runnable drawn) {
        throw new UnsupportedOperationException("This launcher opens no window to check");
    }
}
