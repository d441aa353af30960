package io.outpost.app.settings;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The settings to start with. {@code setAside} names the unreadable file that was moved out of the way
 * (the user is told once); {@code fromNewerVersion} is set when a newer Outpost wrote the file, which was
 * then copied aside before this version touches it.
 */
public record SettingsLoad(Settings settings, Optional<Path> setAside, Optional<Path> fromNewerVersion) {
    static SettingsLoad clean(Settings settings) {
        return new SettingsLoad(settings, Optional.empty(), Optional.empty());
    }
}
