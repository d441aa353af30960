package io.outpost.app;

import java.nio.file.Path;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Points the rolling log files at the data folder's {@code logs/}. Must run before the first logger is
 * created, which is why the CLI calls it before it builds any service. Nothing secret is ever logged:
 * keys, words and passwords never reach a log call.
 */
public final class LogSetup {
    static final String LOG_DIR_PROPERTY = "outpost.logDir";

    private LogSetup() {
    }

    /** Also routes java.util.logging (JavaFX's own warnings) into the log file instead of the console. */
    public static void useFolder(Path logs) {
        System.setProperty(LOG_DIR_PROPERTY, logs.toAbsolutePath().toString());
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
    }
}
