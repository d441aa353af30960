package io.outpost.app.cli;

import io.outpost.app.AppServices;
import io.outpost.app.storage.AppDirectories;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.slf4j.LoggerFactory;

/**
 * {@code outpost --smoke-test}: the window on a data folder, closed again once the dashboard has been drawn;
 * exit 0, or 1 with the reason. Without {@code --data-dir} it runs on a new temporary folder, so a check never
 * touches the user's own settings, wallet or history: the folder is removed after a pass and kept after a
 * failure, because its log says what went wrong.
 */
final class SmokeTestRun {
    static final int EXIT_FAILED = 1;
    static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final CliContext context;
    private final RootCommand root;

    SmokeTestRun(CliContext context, RootCommand root) {
        this.context = context;
        this.root = root;
    }

    int run(Path dataDirOption) {
        if (!root.displayAvailable()) {
            return RootCommand.EXIT_USAGE;
        }
        boolean temporary = dataDirOption == null;
        Path folder;
        try {
            folder = temporary ? Files.createTempDirectory("outpost-smoke-test-") : dataDirOption;
        } catch (IOException | SecurityException e) {
            context.err().println(context.messages().get("cli.error.dataDir", System.getProperty("java.io.tmpdir")));
            return RootCommand.EXIT_USAGE;
        }
        AppDirectories directories = root.prepareDirectories(AppDirectories.portable(folder));
        if (directories == null) {
            return RootCommand.EXIT_USAGE;
        }
        SmokeTestResult result;
        try (AppServices services = context.services(directories)) {
            result = context.desktop().smokeTest(services, TIMEOUT, this::tellDrawn);
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(SmokeTestRun.class).error("The smoke test could not run", e);
            context.err().println(context.messages().get("cli.error.desktop", directories.logs()));
            return RootCommand.EXIT_SOFTWARE;
        }
        if (result != SmokeTestResult.PASSED) {
            LoggerFactory.getLogger(SmokeTestRun.class).warn("Smoke test failed: {}", result);
            context.err().println(context.messages().get(result.messageKey(), directories.logs(), TIMEOUT.toSeconds()));
            return EXIT_FAILED;
        }
        if (temporary) {
            deleteQuietly(folder);
        }
        return RootCommand.EXIT_OK;
    }

    // Told at the first frame, not after the window and services have closed: a start-up benchmark times this line.
    private void tellDrawn() {
        context.out().println(context.messages().get("cli.smoke.passed", secondsSinceStart()));
        context.out().flush();
    }

    // From the JVM's start, to the millisecond (the process's start time on Linux is only to the second), so the
    // figure includes starting the JVM, which is what the AOT cache saves. Asked only once drawn: off the measured path.
    private static BigDecimal secondsSinceStart() {
        long millis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        return BigDecimal.valueOf(millis, 3).setScale(1, RoundingMode.HALF_UP);
    }

    // The log file may still be open (on Windows it then stays behind, in the temporary folder).
    private static void deleteQuietly(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    LoggerFactory.getLogger(SmokeTestRun.class).debug("Could not delete {}", path);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            LoggerFactory.getLogger(SmokeTestRun.class).debug("Could not delete {}", folder);
        }
    }
}
