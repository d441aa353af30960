package io.outpost.app.cli;

import io.outpost.app.networks.CheckVerdict;
import io.outpost.app.networks.NetworkNames;
import io.outpost.i18n.Messages;
import io.outpost.network.NetworkProfile;
import io.outpost.network.NetworkProfiles;
import io.outpost.network.chain.ProfileCheck;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code outpost network check [ID]}: is the network (by default the active one) on its chain, with its
 * contracts? Exit 0 all good, 4 when the check found problems or no node answered, 2 for an unknown id.
 */
@Command(name = "check", mixinStandardHelpOptions = true)
final class NetworkCheckCommand implements Callable<Integer> {
    private final CliContext context;

    @ParentCommand
    NetworkCommand parent;

    @Parameters(index = "0", arity = "0..1", paramLabel = "ID", descriptionKey = "cli.param.networkCheckId")
    String id;

    @Option(names = "--json", descriptionKey = "cli.option.json")
    boolean json;

    NetworkCheckCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        return parent.run(context, (networks, directories) -> {
            ProfileCheck.Result result = networks.check(id != null ? id : networks.active().id()).join();
            context.out().println(json ? toJson(result) : text(result, context.messages()));
            return result.ok() ? RootCommand.EXIT_OK : RootCommand.EXIT_NETWORK;
        });
    }

    /** A line that all is well, or a lead line, one line per problem (naming the field) and what to do. */
    static String text(ProfileCheck.Result result, Messages messages) {
        NetworkProfile profile = result.profile();
        String name = NetworkNames.of(profile, messages);
        CheckVerdict verdict = CheckVerdict.of(result);
        if (verdict == CheckVerdict.FINE) {
            return messages.get("cli.network.check.ok", name, String.valueOf(profile.chainId()),
                    profile.contracts().named().size());
        }
        StringBuilder text = new StringBuilder(messages.get("cli.network.check.problems", name, profile.id()));
        result.problems().forEach(problem -> text.append(System.lineSeparator()).append("  ").append(problem));
        return text.append(System.lineSeparator()).append(messages.get(switch (verdict) {
            case UNREACHABLE -> NetworkProfiles.DEVNET_ID.equals(profile.id())
                    ? "cli.network.check.fixDevnet" : "cli.network.check.fixUnreachable";
            case SOME_NODES_DOWN -> "cli.network.check.fixSomeNodes";
            case MISMATCH -> "cli.network.check.fixMismatch";
            case FINE -> throw new IllegalArgumentException("nothing to fix");
        })).toString();
    }

    /** {@code {"network","chainId","ok","verdict","problems":[{"field","message"}]}}. */
    static String toJson(ProfileCheck.Result result) {
        JsonMapper mapper = JsonMapper.builder().build();
        ObjectNode root = mapper.createObjectNode();
        root.put("network", result.profile().id());
        root.put("chainId", result.profile().chainId());
        root.put("ok", result.ok());
        root.put("verdict", CheckVerdict.of(result).name().toLowerCase(Locale.ROOT));
        ArrayNode problems = root.putArray("problems");
        result.problems().forEach(problem -> problems.addObject().put("field", problem.field()).put("message", problem.message()));
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }
}
