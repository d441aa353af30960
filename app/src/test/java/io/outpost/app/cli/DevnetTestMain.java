package io.outpost.app.cli;

import io.outpost.app.doctor.SystemFacts;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The CLI as {@code OutpostMain} starts it (with the real reference oracle), without the desktop: what
 * {@link DevnetUpProcessTest} runs in a JVM of its own, so that signals and child processes are real.
 */
public final class DevnetTestMain {
    private DevnetTestMain() {
    }

    public static void main(String[] args) {
        SystemFacts facts = new SystemFacts(Runtime.version(), Optional.empty(), System.getProperty("os.name"),
                System.getProperty("os.version"), System.getProperty("os.arch"), System.getProperty("user.name"));
        OutpostCli cli = new OutpostCli(facts, System.getenv(), Path.of(System.getProperty("user.home")), Locale.ENGLISH,
                ConsoleOutput.stdout(), ConsoleOutput.stderr(), services -> 0);
        System.exit(cli.execute(args));
    }
}
