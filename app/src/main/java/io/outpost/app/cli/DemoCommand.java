package io.outpost.app.cli;

import io.outpost.app.AppServices;
import io.outpost.app.demo.EmulatedDevices;
import io.outpost.app.settings.Settings;
import io.outpost.app.settings.SettingsStore;
import io.outpost.app.storage.AppDirectories;
import io.outpost.app.storage.AtomicFiles;
import io.outpost.devices.catalog.DeviceFamily;
import io.outpost.devnet.Devnet;
import io.outpost.devnet.RunningDevnet;
import io.outpost.i18n.Messages;
import io.outpost.network.NetworkProfile;
import io.outpost.network.NetworkProfileJson;
import io.outpost.network.NetworkProfiles;
import io.outpost.wallet.keys.Address;
import io.outpost.wallet.keystore.KeystoreException;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code outpost demo}: the whole product on one computer in one command. A devnet (anvil, the contracts, the
 * reference oracle), an emulated Outpost hotspot and SDS011 sensor listed as plugged in, a demo wallet funded
 * with test ETH, and the window on all of them, in a data folder of its own ({@code <data>/demo}, emptied at
 * each start) so the user's own wallet and settings are never touched. Closing the window, Ctrl+C or SIGTERM
 * stops everything the demo started.
 */
@Command(name = "demo", mixinStandardHelpOptions = true)
final class DemoCommand implements Callable<Integer> {
    /** A throwaway wallet on a test network: its password is printed for anyone to read. */
    static final String PASSWORD = "outpost-demo";
    static final int FUNDED_ETHER = 100;
    static final String FOLDER = "demo";
    /** Short epochs, so that the oracle posts rewards while someone watches. */
    static final long EPOCH_SECONDS = 60;
    private static final int RECOVERY_WORDS = 24;
    private static final int MAX_PORT = 65534; // the oracle takes the port after the chain's

    private final CliContext context;
    private final Deque<AutoCloseable> started = new ArrayDeque<>();

    @ParentCommand
    RootCommand root;

    @Option(names = "--port", paramLabel = "P", defaultValue = "0", descriptionKey = "cli.option.demoPort")
    int port;

    DemoCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (!root.displayAvailable()) {
            return RootCommand.EXIT_USAGE;
        }
        AppDirectories directories = root.prepareDirectories();
        if (directories == null) {
            return RootCommand.EXIT_USAGE;
        }
        if (port < 0 || port > MAX_PORT) {
            context.err().println(context.messages().get("cli.devnet.badPort", port, MAX_PORT));
            return RootCommand.EXIT_USAGE;
        }
        int chainPort = port != 0 ? port : freePortPair();
        for (int wanted : new int[] {chainPort, chainPort + 1}) {
            if (!Devnet.portAvailable(wanted)) {
                context.err().println(context.messages().get("cli.devnet.portInUse", wanted));
                return RootCommand.EXIT_USAGE;
            }
        }
        Path anvil = AnvilLookup.findOrInstall(context, directories); // cached in the user's folder, not the demo's
        if (anvil == null) {
            return RootCommand.EXIT_USAGE;
        }
        Thread hook = Thread.ofPlatform().name("outpost-demo-stop").unstarted(this::stopOnExit);
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return run(anvil, AppDirectories.portable(directories.data().resolve(FOLDER)), chainPort);
        } finally {
            stopAll();
            removeHook(hook);
        }
    }

    private int run(Path anvil, AppDirectories demo, int chainPort) {
        Messages messages = context.messages();
        context.out().println(messages.get("cli.demo.starting"));
        context.out().flush();
        try {
            emptied(demo.data());
            RunningDevnet devnet = keep(new Devnet(anvil, context.oracles())
                    .start(new Devnet.Options(demo.devnet(), chainPort, chainPort + 1, EPOCH_SECONDS)));
            NetworkProfile profile = devnet.profile();
            String json = new NetworkProfileJson().write(profile);
            AtomicFiles.write(demo.networks().resolve(DevnetUpCommand.PROFILE_FILE), json.getBytes(StandardCharsets.UTF_8));
            new SettingsStore(demo.settingsFile(), Clock.systemUTC()).save(Settings.defaults()
                    .withNetworkId(NetworkProfiles.DEVNET_ID).withLastScreen("onboard"));
            AppServices services = keep(context.services(demo));
            Address wallet = fundedWallet(services, devnet);
            List<EmulatedDevices.Device> devices = startDevices(services, demo);
            printBanner(profile, wallet, devices, demo.data());
            return context.desktop().open(services);
        } catch (IOException | KeystoreException | RuntimeException e) {
            LoggerFactory.getLogger(DemoCommand.class).error("The demo could not start", e);
            context.err().println(messages.get("cli.demo.failed", String.valueOf(e.getMessage())));
            return RootCommand.EXIT_SOFTWARE;
        }
    }

    /**
     * A new wallet in the demo folder, funded from the devnet's faucet account and unlocked, so that the
     * first run asks for nothing; it locks itself when idle like any wallet, and the banner gives its password.
     */
    private static Address fundedWallet(AppServices services, RunningDevnet devnet) throws IOException, KeystoreException {
        Address address = services.wallet().create(RECOVERY_WORDS, new char[0], PASSWORD.toCharArray()).address();
        devnet.fund(address.value(), BigInteger.TEN.pow(18).multiply(BigInteger.valueOf(FUNDED_ETHER)));
        services.walletSession().unlock(PASSWORD.toCharArray());
        return address;
    }

    private List<EmulatedDevices.Device> startDevices(AppServices services, AppDirectories demo) throws IOException {
        EmulatedDevices.Where where = onPath("socat") ? EmulatedDevices.Where.PTY : EmulatedDevices.Where.MEMORY;
        EmulatedDevices devices = keep(new EmulatedDevices(services.devices().families(), services.devices().ports(),
                services.devices().extraPorts(), Files.createDirectories(demo.data().resolve("devices")), where));
        // Named in the window's language, which the settings choose (the console follows the computer's).
        Messages window = services.messages();
        return List.of(devices.start(DeviceFamily.ODP, window.get("demo.device.hotspot")),
                devices.start(DeviceFamily.SDS011, window.get("demo.device.sensor")));
    }

    private void printBanner(NetworkProfile profile, Address wallet, List<EmulatedDevices.Device> devices, Path folder) {
        Messages messages = context.messages();
        PrintWriter out = context.out();
        out.println(messages.get("cli.demo.running"));
        out.println("  " + messages.get("cli.devnet.chain", profile.rpcUrl(), Long.toString(profile.chainId())));
        out.println("  " + messages.get("cli.devnet.oracle", profile.oracleUrl()));
        devices.forEach(device -> out.println("  " + messages.get("cli.demo.device", device.name(), device.port())));
        if (devices.stream().anyMatch(device -> !device.port().startsWith("/"))) {
            out.println("  " + messages.get("cli.demo.inMemory"));
        }
        out.println("  " + messages.get("cli.demo.wallet", wallet.checksummed(), FUNDED_ETHER));
        out.println("  " + messages.get("cli.demo.password", PASSWORD));
        out.println("  " + messages.get("cli.demo.folder", folder));
        out.println(messages.get("cli.demo.next"));
        out.println(messages.get("cli.demo.stop"));
        out.flush();
    }

    private synchronized <T extends AutoCloseable> T keep(T resource) {
        started.push(resource);
        return resource;
    }

    /** Stops what was started, last first: the window's services, the emulators and ptys, the oracle and anvil. */
    private synchronized void stopAll() {
        while (!started.isEmpty()) {
            try {
                started.pop().close();
            } catch (Exception e) {
                LoggerFactory.getLogger(DemoCommand.class).warn("Part of the demo did not stop cleanly", e);
            }
        }
    }

    // Ctrl+C or SIGTERM: the same as closing the window; child processes still starting are ended too.
    private void stopOnExit() {
        stopAll();
        ProcessHandle.current().descendants().forEach(ProcessHandle::destroy);
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // The JVM is shutting down: the hook is running or has run.
        }
    }

    // The demo folder belongs to the demo alone: each run starts from nothing.
    private static void emptied(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> all = Files.walk(folder)) {
                for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
        Files.createDirectories(folder);
    }

    private boolean onPath(String program) {
        String path = context.env().getOrDefault("PATH", "");
        return Stream.of(path.split(File.pathSeparator)).filter(dir -> !dir.isEmpty())
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }

    /** The devnet's usual port when it and the next are free, else any two free loopback ports in a row. */
    private static int freePortPair() {
        if (Devnet.portAvailable(Devnet.DEFAULT_PORT) && Devnet.portAvailable(Devnet.DEFAULT_PORT + 1)) {
            return Devnet.DEFAULT_PORT;
        }
        for (int attempt = 0; attempt < 50; attempt++) {
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                int candidate = socket.getLocalPort();
                if (candidate < MAX_PORT && Devnet.portAvailable(candidate + 1)) {
                    return candidate;
                }
            } catch (IOException e) {
                break;
            }
        }
        return Devnet.DEFAULT_PORT; // taken: the caller names it
    }
}
