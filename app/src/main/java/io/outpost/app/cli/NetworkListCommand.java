package io.outpost.app.cli;

import io.outpost.app.networks.NetworkNames;
import io.outpost.app.networks.Networks;
import io.outpost.network.NetworkProfile;
import io.outpost.network.NetworkProfileJson;
import io.outpost.network.ProfileStore;
import io.outpost.network.http.Http;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code outpost network list}: the known networks, the active one marked, and the profile files skipped. */
@Command(name = "list", mixinStandardHelpOptions = true)
final class NetworkListCommand implements Callable<Integer> {
    private final CliContext context;

    @ParentCommand
    NetworkCommand parent;

    @Option(names = "--json", descriptionKey = "cli.option.json")
    boolean json;

    NetworkListCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        return parent.run(context, (networks, directories) -> {
            Networks.Listing listing = networks.list();
            if (json) {
                context.out().println(toJson(listing));
            } else {
                printText(listing);
            }
            return RootCommand.EXIT_OK;
        });
    }

    private void printText(Networks.Listing listing) {
        var messages = context.messages();
        for (NetworkProfile profile : listing.profiles()) {
            boolean active = profile.id().equals(listing.active().id());
            context.out().println((active ? "* " : "  ") + messages.get(active ? "cli.network.rowActive" : "cli.network.row",
                    NetworkNames.of(profile, messages), profile.id(), String.valueOf(profile.chainId()),
                    NetworkCommand.rpcHosts(profile)));
        }
        for (ProfileStore.Problem skipped : listing.skipped()) {
            context.err().println(messages.get("cli.network.skipped", skipped.file(), skipped.problem()));
        }
    }

    /**
     * Each profile as its file has it (without {@code schema}), its RPC addresses cut to their origins so no
     * API key lands in a script's log, plus {@code active}; then the skipped files.
     */
    static String toJson(Networks.Listing listing) {
        JsonMapper mapper = JsonMapper.builder().build();
        NetworkProfileJson profiles = new NetworkProfileJson();
        ObjectNode root = mapper.createObjectNode();
        root.put("active", listing.active().id());
        ArrayNode networks = root.putArray("networks");
        for (NetworkProfile profile : listing.profiles()) {
            ObjectNode node = (ObjectNode) mapper.readTree(profiles.write(profile));
            node.remove("schema");
            ArrayNode rpc = node.putArray("rpcUrls");
            profile.rpcUrls().forEach(url -> rpc.add(Http.origin(url)));
            node.put("active", profile.id().equals(listing.active().id()));
            networks.add(node);
        }
        ArrayNode skipped = root.putArray("skipped");
        listing.skipped().forEach(problem -> skipped.addObject().put("file", problem.file()).put("problem", problem.problem()));
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }
}
