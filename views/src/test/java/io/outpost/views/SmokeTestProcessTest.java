package io.outpost.views;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code outpost --smoke-test} as an installer's check runs it: the real main in a JVM of its own, on the Xvfb
 * display the UI tests started (docs/decisions/0004), with its home and temporary folders inside this test's
 * folder so that what it leaves behind can be seen.
 */
@Timeout(180)
class SmokeTestProcessTest {
    @TempDir
    Path temp;

    private Path home;
    private Path tmp;

    @Test
    void theWindowShowsTheDashboardOnTheChosenDataFolder() throws Exception {
        Path data = temp.resolve("data");
        Run run = outpost(display(), "--smoke-test", "--data-dir", data.toString());

        assertThat(run.exit()).as("stderr: %s", run.stderr()).isZero();
        assertThat(run.stdout()).contains("The window opened and showed the dashboard");
        assertThat(data.resolve("logs")).as("kept, with the settings, in the chosen folder").isDirectory();
    }

    @Test
    void withoutADataFolderItLeavesNothingBehind() throws Exception {
        Run run = outpost(display(), "--smoke-test");

        assertThat(run.exit()).as("stderr: %s", run.stderr()).isZero();
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(name -> name.startsWith("outpost-smoke-test-"));
        }
        assertThat(home.resolve(".config").resolve("outpost")).doesNotExist();
        assertThat(home.resolve(".local").resolve("share").resolve("outpost")).doesNotExist();
    }

    @Test
    void aDisplayWithNoServerIsAPlainFailure() throws Exception {
        Run run = outpost(":" + 4000 + ProcessHandle.current().pid() % 1000, "--smoke-test", "--data-dir",
                temp.resolve("data").toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.stderr()).contains("the graphics system did not start", temp.resolve("data").resolve("logs").toString());
    }

    private static String display() {
        String xvfb = System.getProperty("outpost.test.xvfb.display");
        return xvfb != null ? xvfb : System.getenv("DISPLAY");
    }

    private Run outpost(String display, String... args) throws IOException, InterruptedException {
        home = Files.createDirectories(temp.resolve("home"));
        tmp = Files.createDirectories(temp.resolve("tmp"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-Duser.language=en", "-Duser.country=US",
                "-Duser.home=" + home, "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"),
                OutpostMain.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(temp.resolve("stdout.txt").toFile())
                .redirectError(temp.resolve("stderr.txt").toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("XDG_"));
        env.put("HOME", home.toString());
        env.put("DISPLAY", display);
        Process process = builder.start();
        if (!process.waitFor(150, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("outpost --smoke-test did not end in 150 s");
        }
        return new Run(process.exitValue(), Files.readString(temp.resolve("stdout.txt")),
                Files.readString(temp.resolve("stderr.txt")));
    }

    private record Run(int exit, String stdout, String stderr) {
    }
}
