package io.outpost.app.cli;

import io.outpost.app.AppServices;
import io.outpost.app.devices.ProbeOutcome;
import io.outpost.app.storage.AppDirectories;
import io.outpost.devices.probe.Identification;
import io.outpost.devices.probe.ProbeFailure;
import io.outpost.i18n.Messages;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** {@code outpost devices probe PORT}: what is on this port? Exit 0 identified, 3 nothing recognised, 2 cannot open. */
@Command(name = "probe", mixinStandardHelpOptions = true)
final class DevicesProbeCommand implements Callable<Integer> {
    static final int EXIT_NOTHING_RECOGNISED = 3;

    private final CliContext context;

    @ParentCommand
    DevicesCommand parent;

    @Mixin
    PortArguments target;

    @Option(names = "--timeout", paramLabel = "S", defaultValue = "5", descriptionKey = "cli.option.timeout")
    int timeoutSeconds;

    DevicesProbeCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Messages messages = context.messages();
        if (timeoutSeconds < 1 || timeoutSeconds > 600) {
            context.err().println(messages.get("cli.error.timeout", timeoutSeconds));
            return RootCommand.EXIT_USAGE;
        }
        AppDirectories directories = parent.root.prepareDirectories();
        if (directories == null) {
            return RootCommand.EXIT_USAGE;
        }
        ProbeOutcome outcome;
        try (AppServices services = context.services(directories)) {
            outcome = services.devices().probing().probe(target.port, Duration.ofSeconds(timeoutSeconds));
        }
        return outcome instanceof ProbeOutcome.Identified found
                ? printIdentified(found) : reportFailure(context, outcome, timeoutSeconds);
    }

    /** Tells the user why nothing was identified; returns the exit code for it. */
    static int reportFailure(CliContext context, ProbeOutcome outcome, long timeoutSeconds) {
        return switch (outcome) {
            case ProbeOutcome.NothingRecognized nothing -> {
                context.err().println(context.messages().get("cli.probe.nothing", nothing.port(), timeoutSeconds));
                yield EXIT_NOTHING_RECOGNISED;
            }
            case ProbeOutcome.CannotOpen cannot -> {
                context.err().println(explain(context.messages(), cannot.failure()));
                yield RootCommand.EXIT_USAGE;
            }
            case ProbeOutcome.Identified found -> throw new IllegalArgumentException("not a failure: " + found.port());
        };
    }

    private int printIdentified(ProbeOutcome.Identified found) {
        Identification id = found.identification();
        if (target.json) {
            context.out().println(toJson(found.port(), id));
        } else {
            context.out().println(context.messages().get("cli.probe.found", id.model(), found.port()));
            printFields(id.identity());
            printFields(id.reading());
        }
        return RootCommand.EXIT_OK;
    }

    private void printFields(Map<String, Object> fields) {
        fields.forEach((key, value) -> context.out().println("    " + key + ": " + value));
    }

    /** The target.port, protocol, model and identity fields at the top; the latest reading under {@code reading}. */
    static String toJson(String port, Identification id) {
        JsonMapper mapper = JsonMapper.builder().build();
        ObjectNode root = mapper.createObjectNode();
        root.put("port", port);
        root.put("protocol", id.family().id());
        root.put("model", id.model());
        id.identity().forEach((key, value) -> root.set(key, mapper.valueToTree(value)));
        root.set("reading", mapper.valueToTree(id.reading()));
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    static String explain(Messages messages, ProbeFailure failure) {
        String path = failure.path();
        return switch (failure.reason()) {
            case NOT_FOUND -> messages.get("cli.probe.notFound", path);
            case PERMISSION_DENIED -> messages.get("cli.probe.permission", path);
            case BUSY -> failure.holders().isEmpty() ? messages.get("cli.probe.busy", path)
                    : messages.get("cli.probe.busyBy", path, failure.holders().getFirst().name(),
                            String.valueOf(failure.holders().getFirst().pid()));
            case OTHER -> messages.get("cli.probe.other", path);
        };
    }
}
