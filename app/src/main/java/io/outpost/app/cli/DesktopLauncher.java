package io.outpost.app.cli;

import io.outpost.app.AppServices;

/** Opens the desktop window on the wired services and returns the exit code once it closes. */
@FunctionalInterface
public interface DesktopLauncher {
    int open(AppServices services);
}
