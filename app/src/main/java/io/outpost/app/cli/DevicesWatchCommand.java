package io.outpost.app.cli;

import io.outpost.app.AppServices;
import io.outpost.app.devices.ProbeOutcome;
import io.outpost.app.relay.RelayStatus;
import io.outpost.app.storage.AppDirectories;
import io.outpost.i18n.Messages;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code outpost devices watch PORT}: identifies the device, then prints its readings and events as they
 * come, one per line (JSON lines with {@code --json}), until stopped or for {@code --seconds N}.
 */
@Command(name = "watch", mixinStandardHelpOptions = true)
final class DevicesWatchCommand implements Callable<Integer> {
    private static final Duration IDENTIFY_TIMEOUT = Duration.ofSeconds(5);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final CliContext context;

    @ParentCommand
    DevicesCommand parent;

    @Mixin
    PortArguments target;

    @Option(names = "--seconds", paramLabel = "N", defaultValue = "0", descriptionKey = "cli.option.seconds")
    int seconds;

    @Option(names = "--relay", descriptionKey = "cli.option.relay")
    boolean relay;

    DevicesWatchCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        AppDirectories directories = parent.root.prepareDirectories();
        if (directories == null) {
            return RootCommand.EXIT_USAGE;
        }
        try (AppServices services = context.services(directories)) {
            ProbeOutcome outcome = services.devices().probing().probe(target.port, IDENTIFY_TIMEOUT);
            return outcome instanceof ProbeOutcome.Identified found ? follow(services, found)
                    : DevicesProbeCommand.reportFailure(context, outcome, IDENTIFY_TIMEOUT.toSeconds());
        }
    }

    private int follow(AppServices services, ProbeOutcome.Identified found) throws Exception {
        Messages messages = context.messages();
        if (!target.json) {
            context.out().println(messages.get("cli.probe.found", found.identification().model(), target.port));
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(stopped::countDown));
        ScheduledFuture<?> relaying = relay ? services.startRelaying() : null;
        try (AutoCloseable session = services.devices().watching().watch(target.port, found.identification(), this::print)) {
            if (seconds > 0) {
                stopped.await(seconds, TimeUnit.SECONDS);
            } else {
                stopped.await();
            }
        }
        if (relaying != null) {
            relaying.cancel(false);
            services.relay().drain();
            RelayStatus status = services.relay().status();
            long refused = status.refused().values().stream().mapToLong(Long::longValue).sum();
            context.err().println(messages.get("cli.watch.relayed", status.delivered(), refused, status.expired(), status.waiting()));
            context.err().flush();
        }
        return RootCommand.EXIT_OK;
    }

    private synchronized void print(Map<String, Object> line) {
        if (target.json) {
            context.out().println(JSON.writeValueAsString(line));
        } else {
            StringBuilder text = new StringBuilder();
            line.forEach((key, value) -> text.append(text.isEmpty() ? "" : "  ").append(key).append(": ").append(value));
            context.out().println(text);
        }
        context.out().flush();
    }
}
