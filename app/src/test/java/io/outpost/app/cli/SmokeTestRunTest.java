package io.outpost.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.outpost.app.AppServices;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code outpost --smoke-test} around a stand-in window that answers as told: the exit code and message of each
 * outcome, and which data folder it ran on (the user's own folders are never touched).
 */
class SmokeTestRunTest {
    private static final Map<String, String> WITH_DISPLAY = Map.of("DISPLAY", ":0");

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final List<Path> dataFolders = new ArrayList<>();

    @AfterEach
    void removeKeptFolders() throws Exception {
        for (Path folder : dataFolders) {
            if (Files.exists(folder) && !folder.startsWith(temp)) {
                try (Stream<Path> paths = Files.walk(folder)) {
                    for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(path);
                    }
                }
            }
        }
    }

    private int run(Map<String, String> env, SmokeTestResult answer, String... args) {
        DesktopLauncher window = new DesktopLauncher() {
            @Override
            public int open(AppServices services) {
                throw new AssertionError("a smoke test does not open the window for good");
            }

            @Override
            public SmokeTestResult smokeTest(AppServices services, Duration timeout, Runnable drawn) {
                dataFolders.add(services.directories().data());
                assertThat(timeout).isPositive();
                if (answer == SmokeTestResult.PASSED) {
                    drawn.run();
                }
                return answer;
            }
        };
        return new OutpostCli(OutpostCliTest.LINUX, env, temp.resolve("home"), Locale.ENGLISH, new PrintWriter(out),
                new PrintWriter(err), window).execute(args);
    }

    @Test
    void aPassRunsOnATemporaryFolderWhichIsRemovedAfterwards() {
        assertThat(run(WITH_DISPLAY, SmokeTestResult.PASSED, "--smoke-test")).isZero();

        assertThat(out.toString()).contains("The window opened and showed the dashboard");
        assertThat(err.toString()).isEmpty();
        assertThat(dataFolders).singleElement().satisfies(folder -> {
            assertThat(folder.getFileName().toString()).startsWith("outpost-smoke-test-");
            assertThat(folder).doesNotExist();
        });
        assertThat(temp.resolve("home")).as("the user's own folders").doesNotExist();
    }

    @Test
    void aFailureSaysWhyAndKeepsTheTemporaryFolderForItsLog() {
        assertThat(run(WITH_DISPLAY, SmokeTestResult.TIMED_OUT, "--smoke-test")).isEqualTo(1);

        Path folder = dataFolders.getFirst();
        assertThat(err.toString()).contains("did not appear within 60 seconds", folder.resolve("logs").toString());
        assertThat(folder.resolve("logs")).isDirectory();
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void eachFailureHasItsOwnReason() {
        assertThat(run(WITH_DISPLAY, SmokeTestResult.NO_TOOLKIT, "--smoke-test")).isEqualTo(1);
        assertThat(run(WITH_DISPLAY, SmokeTestResult.NOT_RENDERED, "--smoke-test")).isEqualTo(1);
        assertThat(run(WITH_DISPLAY, SmokeTestResult.DASHBOARD_FAILED, "--smoke-test")).isEqualTo(1);
        assertThat(run(WITH_DISPLAY, SmokeTestResult.WINDOW_FAILED, "--smoke-test")).isEqualTo(1);

        assertThat(err.toString()).contains("the graphics system did not start", "showed nothing",
                "could not read its figures", "could not open its window");
    }

    @Test
    void theChosenDataFolderIsUsedAndKept() {
        Path chosen = temp.resolve("portable");
        assertThat(run(WITH_DISPLAY, SmokeTestResult.PASSED, "--smoke-test", "--data-dir", chosen.toString())).isZero();

        assertThat(dataFolders).containsExactly(chosen.toAbsolutePath());
        assertThat(chosen.resolve("logs")).isDirectory();
    }

    @Test
    void withoutADisplayNothingStartsAndTheUserIsTold() {
        assertThat(run(Map.of(), SmokeTestResult.PASSED, "--smoke-test")).isEqualTo(2);

        assertThat(err.toString()).contains("no display was found");
        assertThat(dataFolders).isEmpty();
    }
}
