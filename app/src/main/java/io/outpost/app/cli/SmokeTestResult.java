package io.outpost.app.cli;

/**
 * What {@code outpost --smoke-test} found: the window opened and drew the dashboard, or why not. Each failure
 * names the message that tells the user (with the log folder as {@code {0}}).
 */
public enum SmokeTestResult {
    /** The window opened, the dashboard read its figures, was laid out and drew. */
    PASSED(null),
    /** JavaFX could not start: no usable display or graphics libraries. */
    NO_TOOLKIT("cli.smoke.noToolkit"),
    /** JavaFX started, but building or showing the window failed. */
    WINDOW_FAILED("cli.error.desktop"),
    /** The dashboard was laid out, but drawing it gave nothing (or failed). */
    NOT_RENDERED("cli.smoke.notRendered"),
    /** The dashboard could not read its figures from the local history. */
    DASHBOARD_FAILED("cli.smoke.dashboardFailed"),
    /** The dashboard was not drawn in time. */
    TIMED_OUT("cli.smoke.timedOut");

    private final String messageKey;

    SmokeTestResult(String messageKey) {
        this.messageKey = messageKey;
    }

    /** The key of the message that explains the failure; null for {@link #PASSED}. */
    public String messageKey() {
        return messageKey;
    }
}
