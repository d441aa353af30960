package io.outpost.app.settings;

import java.util.Objects;
import java.util.Optional;

/**
 * What the user chose, as stored in {@code settings.json}. {@code language} is a language tag such as
 * {@code pt-BR}, or {@link #SYSTEM_LANGUAGE} to follow the computer. {@code window} is null until the
 * window has been closed once.
 */
public record Settings(int schemaVersion, String language, Theme theme, String networkId, String lastScreen,
                       WindowBounds window) {
    public static final int CURRENT_VERSION = 1;
    public static final String SYSTEM_LANGUAGE = "system";

    public Settings {
        language = Objects.requireNonNullElse(language, SYSTEM_LANGUAGE);
        theme = Objects.requireNonNullElse(theme, Theme.SYSTEM);
        networkId = Objects.requireNonNullElse(networkId, "devnet");
        lastScreen = Objects.requireNonNullElse(lastScreen, "dashboard");
    }

    public static Settings defaults() {
        return new Settings(CURRENT_VERSION, SYSTEM_LANGUAGE, Theme.SYSTEM, "devnet", "dashboard", null);
    }

    public Optional<WindowBounds> windowBounds() {
        return Optional.ofNullable(window).filter(WindowBounds::plausible);
    }

    public Settings withLanguage(String newLanguage) {
        return new Settings(schemaVersion, newLanguage, theme, networkId, lastScreen, window);
    }

    public Settings withTheme(Theme newTheme) {
        return new Settings(schemaVersion, language, newTheme, networkId, lastScreen, window);
    }

    public Settings withLastScreen(String screen) {
        return new Settings(schemaVersion, language, theme, networkId, screen, window);
    }

    public Settings withNetworkId(String id) {
        return new Settings(schemaVersion, language, theme, id, lastScreen, window);
    }

    public Settings withWindow(WindowBounds bounds) {
        return new Settings(schemaVersion, language, theme, networkId, lastScreen, bounds);
    }
}
