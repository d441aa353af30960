package io.outpost.app.cli;

import io.outpost.app.storage.AppDirectories;
import io.outpost.app.storage.AtomicFiles;
import io.outpost.devnet.AnvilAccounts;
import io.outpost.devnet.Devnet;
import io.outpost.devnet.RunningDevnet;
import io.outpost.i18n.Messages;
import io.outpost.network.NetworkProfile;
import io.outpost.network.NetworkProfileJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code outpost devnet up}: anvil on loopback, the contracts at their fixed addresses, the reference oracle;
 * prints the network profile (one JSON line with {@code --json}), writes it to the data folder, and runs until
 * stopped. Ctrl+C or SIGTERM stops the oracle and anvil, which keeps the chain in its state file.
 */
@Command(name = "up", mixinStandardHelpOptions = true)
final class DevnetUpCommand implements Callable<Integer> {
    static final String PROFILE_FILE = "devnet.json";
    private static final int MAX_PORT = 65534; // the oracle takes the port after the chain's

    private final CliContext context;
    private final AtomicReference<RunningDevnet> running = new AtomicReference<>();

    @ParentCommand
    DevnetCommand parent;

    @Option(names = "--json", descriptionKey = "cli.option.json")
    boolean json;

    @Option(names = "--epoch-seconds", paramLabel = "N", defaultValue = "" + Devnet.DEFAULT_EPOCH_SECONDS,
            descriptionKey = "cli.option.epochSeconds")
    long epochSeconds;

    @Option(names = "--port", paramLabel = "P", defaultValue = "" + Devnet.DEFAULT_PORT,
            descriptionKey = "cli.option.devnetPort")
    int port;

    DevnetUpCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws InterruptedException {
        Messages messages = context.messages();
        if (epochSeconds < Devnet.MIN_EPOCH_SECONDS) {
            context.err().println(messages.get("cli.devnet.badEpoch", Devnet.MIN_EPOCH_SECONDS, epochSeconds));
            return RootCommand.EXIT_USAGE;
        }
        if (port < 1 || port > MAX_PORT) {
            context.err().println(messages.get("cli.devnet.badPort", port, MAX_PORT));
            return RootCommand.EXIT_USAGE;
        }
        AppDirectories directories = parent.root.prepareDirectories();
        if (directories == null) {
            return RootCommand.EXIT_USAGE;
        }
        for (int wanted : new int[] {port, port + 1}) {
            if (!Devnet.portAvailable(wanted)) {
                context.err().println(messages.get("cli.devnet.portInUse", wanted));
                return RootCommand.EXIT_USAGE;
            }
        }
        Path anvil = AnvilLookup.findOrInstall(context, directories);
        return anvil == null ? RootCommand.EXIT_USAGE : run(anvil, directories);
    }

    private int run(Path anvil, AppDirectories directories) throws InterruptedException {
        Thread hook = Thread.ofPlatform().name("outpost-devnet-stop").unstarted(this::stopOnExit);
        Runtime.getRuntime().addShutdownHook(hook);
        Devnet.Options options = new Devnet.Options(directories.devnet(), port, port + 1, epochSeconds);
        try {
            RunningDevnet devnet = new Devnet(anvil, context.oracles()).start(options);
            running.set(devnet);
            Path profileFile = directories.networks().resolve(PROFILE_FILE);
            String profileJson = new NetworkProfileJson().write(devnet.profile());
            AtomicFiles.write(profileFile, profileJson.getBytes(StandardCharsets.UTF_8));
            if (json) {
                context.out().println(profileJson);
            } else {
                printText(devnet.profile(), profileFile, options.stateFile());
            }
            context.out().flush();
            if (!devnet.awaitStop()) {
                context.err().println(context.messages().get("cli.devnet.chainStopped"));
                return RootCommand.EXIT_SOFTWARE;
            }
            return RootCommand.EXIT_OK;
        } catch (IOException e) {
            LoggerFactory.getLogger(DevnetUpCommand.class).error("The devnet could not start", e);
            context.err().println(context.messages().get("cli.devnet.failed", e.getMessage()));
            return RootCommand.EXIT_SOFTWARE;
        } finally {
            RunningDevnet devnet = running.get();
            if (devnet != null) {
                devnet.close();
            }
            removeHook(hook);
        }
    }

    /**
     * The shutdown hook (Ctrl+C, SIGTERM): stops the oracle, then anvil, which writes its state file. If the
     * signal comes while the devnet is still starting, the program's child processes are ended instead, so
     * that anvil never outlives it.
     */
    private void stopOnExit() {
        RunningDevnet devnet = running.get();
        if (devnet != null) {
            devnet.close();
        }
        ProcessHandle.current().descendants().forEach(ProcessHandle::destroy);
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // The JVM is shutting down: the hook is running or has run.
        }
    }

    private void printText(NetworkProfile profile, Path profileFile, Path stateFile) {
        Messages messages = context.messages();
        PrintWriter out = context.out();
        out.println(messages.get("cli.devnet.running"));
        out.println("  " + messages.get("cli.devnet.chain", profile.rpcUrl(), Long.toString(profile.chainId())));
        out.println("  " + messages.get("cli.devnet.oracle", profile.oracleUrl()));
        out.println("  " + messages.get("cli.devnet.contracts"));
        profile.contracts().named().forEach(entry -> out.printf("    %-20s %s%n",
                entry.getKey().substring(entry.getKey().indexOf('.') + 1), entry.getValue()));
        out.println("  " + messages.get("cli.devnet.accounts", AnvilAccounts.COUNT, AnvilAccounts.MNEMONIC,
                AnvilAccounts.ETHER_EACH, profile.token().symbol()));
        out.println("  " + messages.get("cli.devnet.profile", profileFile));
        out.println("  " + messages.get("cli.devnet.state", stateFile));
        out.println(messages.get("cli.devnet.stop"));
    }
}
