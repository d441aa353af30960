package io.outpost.app.settings;

/** Where the main window was and how large, so it opens there again. */
public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
    public static final double MIN_WIDTH = 640;
    public static final double MIN_HEIGHT = 420;

    /** Whether these bounds are worth restoring: finite numbers and at least the window's minimum size. */
    public boolean plausible() {
        return Double.isFinite(x) && Double.isFinite(y) && Double.isFinite(width) && Double.isFinite(height)
                && width >= MIN_WIDTH && height >= MIN_HEIGHT;
    }
}
