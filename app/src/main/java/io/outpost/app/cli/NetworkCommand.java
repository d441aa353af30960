package io.outpost.app.cli;

import io.outpost.app.AppServices;
import io.outpost.app.networks.Networks;
import io.outpost.app.networks.Networks.UnknownNetworkException;
import io.outpost.app.storage.AppDirectories;
import io.outpost.network.NetworkProfile;
import io.outpost.network.http.Http;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code outpost network}: the networks installed on this computer, and the active one. */
@Command(name = "network", mixinStandardHelpOptions = true)
final class NetworkCommand {
    @ParentCommand
    RootCommand root;

    /** What a network subcommand does with the app's networks; returns the exit code. */
    @FunctionalInterface
    interface Action {
        int run(Networks networks, AppDirectories directories);
    }

    /** Runs {@code action} with the app's networks; an unknown network id is bad input, told with the known ids. */
    int run(CliContext context, Action action) {
        AppDirectories directories = root.prepareDirectories();
        if (directories == null) {
            return RootCommand.EXIT_USAGE;
        }
        try (AppServices services = context.services(directories)) {
            return action.run(services.networks(), directories);
        } catch (UnknownNetworkException e) {
            context.err().println(context.messages().get("cli.network.unknown", e.id(), String.join(", ", e.known())));
            return RootCommand.EXIT_USAGE;
        }
    }

    /** The profile's RPC nodes as host and port only: a path may hold an API key. */
    static String rpcHosts(NetworkProfile profile) {
        return profile.rpcUrls().stream()
                .map(url -> Http.origin(url).replaceFirst("^[a-z]+://", "").replaceFirst("/…$", ""))
                .collect(Collectors.joining(", "));
    }
}
