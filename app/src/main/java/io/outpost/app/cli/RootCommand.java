package io.outpost.app.cli;

import io.outpost.app.AppServices;
import io.outpost.app.LogSetup;
import io.outpost.app.storage.AppDirectories;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code outpost} with no subcommand opens the window; the subcommands run without one. */
@Command(name = "outpost", mixinStandardHelpOptions = true, sortOptions = false)
final class RootCommand implements Callable<Integer> {
    static final int EXIT_OK = 0;
    static final int EXIT_USAGE = 2;
    /** The network could not be reached, or answered that something is wrong (a profile check, a chain call). */
    static final int EXIT_NETWORK = 4;
    static final int EXIT_SOFTWARE = 70;

    private final CliContext context;

    @Option(names = "--data-dir", paramLabel = "DIR", scope = ScopeType.INHERIT, descriptionKey = "cli.option.dataDir")
    Path dataDir;

    @Option(names = "--smoke-test", descriptionKey = "cli.option.smokeTest")
    boolean smokeTest;

    RootCommand(CliContext context) {
        this.context = context;
    }

    /** The command as picocli would have filled it from {@code window}'s arguments. */
    RootCommand(CliContext context, WindowArguments window) {
        this(context);
        this.dataDir = window.dataDir();
        this.smokeTest = window.smokeTest();
    }

    /** The folders to use, created and with logging pointed at them; null after telling the user why not. */
    AppDirectories prepareDirectories() {
        return prepareDirectories(context.directories(dataDir));
    }

    /** {@link #prepareDirectories()} for given folders. */
    AppDirectories prepareDirectories(AppDirectories directories) {
        try {
            Files.createDirectories(directories.config());
            Files.createDirectories(directories.logs());
        } catch (IOException | SecurityException e) {
            context.err().println(context.messages().get("cli.error.dataDir", directories.data()));
            return null;
        }
        LogSetup.useFolder(directories.logs());
        return directories;
    }

    /** Whether a window can open here; tells the user when not (Linux without a display). */
    boolean displayAvailable() {
        if (!context.facts().displayIn(context.env())) {
            context.err().println(context.messages().get("cli.error.noDisplay"));
            return false;
        }
        return true;
    }

    @Override
    public Integer call() {
        if (smokeTest) {
            return new SmokeTestRun(context, this).run(dataDir);
        }
        if (!displayAvailable()) {
            return EXIT_USAGE;
        }
        AppDirectories directories = prepareDirectories();
        if (directories == null) {
            return EXIT_USAGE;
        }
        try (AppServices services = context.services(directories)) {
            return context.desktop().open(services);
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(RootCommand.class).error("The desktop could not start", e);
            context.err().println(context.messages().get("cli.error.desktop", directories.logs()));
            return EXIT_SOFTWARE;
        }
    }
}
