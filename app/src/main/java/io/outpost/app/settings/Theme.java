package io.outpost.app.settings;

/** The window's colours: follow the operating system's dark mode, or always light or dark. */
public enum Theme {
    SYSTEM,
    LIGHT,
    DARK
}
