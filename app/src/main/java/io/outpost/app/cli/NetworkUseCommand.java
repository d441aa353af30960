package io.outpost.app.cli;

import io.outpost.app.networks.NetworkNames;
import io.outpost.network.NetworkProfile;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code outpost network use ID}: makes the network active; exit 2 for an id that is not installed. */
@Command(name = "use", mixinStandardHelpOptions = true)
final class NetworkUseCommand implements Callable<Integer> {
    private final CliContext context;

    @ParentCommand
    NetworkCommand parent;

    @Parameters(index = "0", paramLabel = "ID", descriptionKey = "cli.param.networkId")
    String id;

    NetworkUseCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        var messages = context.messages();
        return parent.run(context, (networks, directories) -> {
            NetworkProfile profile;
            try {
                profile = networks.use(id);
            } catch (IOException e) {
                context.err().println(messages.get("cli.network.notSaved", directories.settingsFile().getParent()));
                return RootCommand.EXIT_USAGE;
            }
            context.out().println(messages.get("cli.network.used", NetworkNames.of(profile, messages), profile.id()));
            return RootCommand.EXIT_OK;
        });
    }
}
