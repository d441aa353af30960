package io.outpost.app.cli;

import io.outpost.app.networks.NetworkNames;
import io.outpost.app.networks.Networks;
import io.outpost.app.networks.Networks.UnreadableFileException;
import io.outpost.app.storage.AppDirectories;
import io.outpost.network.NetworkProfile;
import io.outpost.network.NetworkProfileJson.InvalidProfileException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code outpost network install FILE}: exit 0 installed, 2 when the file is not a usable profile. */
@Command(name = "install", mixinStandardHelpOptions = true)
final class NetworkInstallCommand implements Callable<Integer> {
    private final CliContext context;

    @ParentCommand
    NetworkCommand parent;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "cli.param.networkFile")
    Path file;

    NetworkInstallCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        return parent.run(context, this::install);
    }

    private int install(Networks networks, AppDirectories directories) {
        var messages = context.messages();
        NetworkProfile profile;
        try {
            profile = networks.install(file);
        } catch (InvalidProfileException e) {
            // The field-level detail stays English: it names the JSON field the operator has to fix.
            context.err().println(messages.get("cli.network.notAProfile", e.getMessage()));
            return RootCommand.EXIT_USAGE;
        } catch (UnreadableFileException e) {
            context.err().println(e.tooLarge()
                    ? messages.get("cli.network.tooLarge", file, Networks.MAX_PROFILE_BYTES / 1024)
                    : messages.get("cli.network.unreadable", file));
            return RootCommand.EXIT_USAGE;
        } catch (IOException e) {
            context.err().println(messages.get("cli.network.notSaved", directories.networks()));
            return RootCommand.EXIT_USAGE;
        }
        context.out().println(messages.get("cli.network.installed", NetworkNames.of(profile, messages), profile.id()));
        return RootCommand.EXIT_OK;
    }
}
