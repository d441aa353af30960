package io.outpost.app;

import java.nio.file.Path;

/**
 * Points the rolling log files at the data folder's {@code logs/}. Must run before the first logger is
 * created, which is why the CLI calls it before it builds any service. Nothing secret is ever logged:
 * keys, words and passwords never reach a log call.
 */
public final class LogSetup {
    static final String LOG_DIR_PROPERTY = "outpost.logDir";

    private LogSetup() {
    }

    public static void useFolder(Path logs) {
        System.setProperty(LOG_DIR_PROPERTY, logs.toAbsolutePath().toString());
    }
}
