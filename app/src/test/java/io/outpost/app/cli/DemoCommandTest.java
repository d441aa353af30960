package io.outpost.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.outpost.app.AppServices;
import io.outpost.app.devices.DiscoveredPort;
import io.outpost.app.history.History.Span;
import io.outpost.app.onboarding.DeviceFacts;
import io.outpost.app.onboarding.OnboardDevice;
import io.outpost.app.onboarding.OnboardingSession;
import io.outpost.app.onboarding.TrustClass;
import io.outpost.app.relay.QueuedHeartbeat;
import io.outpost.devices.catalog.CatalogEntry;
import io.outpost.devices.catalog.DeviceFamily;
import io.outpost.devices.odp.Coordinates;
import io.outpost.devices.protocol.FrameParser;
import io.outpost.devices.serial.SerialLink;
import io.outpost.devnet.oracle.ReferenceOracleLauncher;
import io.outpost.network.NetworkProfile;
import io.outpost.wallet.Wallet;
import io.outpost.wallet.store.AtomicFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code outpost demo} with every part real (anvil, the contracts, the reference oracle, the emulators on
 * socat ptys or in memory, the wallet) and a window that only looks at what it was given and closes at once.
 */
@Timeout(300)
class DemoCommandTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final List<Path> ptys = new ArrayList<>();
    private final Map<ProcessHandle, String> children = new HashMap<>(); // with their command lines, read while they ran
    private NetworkProfile network;

    private int demo(Map<String, String> env, DesktopLauncher window) throws IOException {
        return new OutpostCli(OutpostCliTest.LINUX, env, temp.resolve("home"), Locale.ENGLISH, new PrintWriter(out, true),
                new PrintWriter(err, true), window, new ReferenceOracleLauncher(),
                folder -> new Wallet(folder, Clock.systemUTC(), new SecureRandom(), 1 << 10, Wallet.DEFAULT_AUTO_LOCK,
                        AtomicFile.Hook.NONE))
                .execute("demo", "--port", Integer.toString(DevnetUpCommandTest.twoFreePorts()), "--data-dir", temp.toString());
    }

    private static Map<String, String> withDisplay(String path) {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("DISPLAY", ":99");
        env.put("PATH", path);
        return env;
    }

    @Test
    void theWindowGetsTheDevnetBothDevicesOnPtysAndAFundedUnlockedWalletAndClosingItStopsEverything() throws Exception {
        int exit = demo(withDisplay(System.getenv("PATH")), services -> {
            inspect(services);
            return 0;
        });

        assertThat(exit).as("stdout: %s%nstderr: %s", out, err).isZero();
        assertThat(children).as("socat ran for both ptys").hasSize(3);
        assertThat(ptys).hasSize(2).allSatisfy(pty -> assertThat(pty.toString()).startsWith(temp.resolve("demo").toString()));
        assertThat(out.toString()).contains("The Outpost demo is running.", "Demo wallet password: outpost-demo",
                "throwaway", "Outpost hotspot (emulated) on port " + ptys.getFirst(),
                "SDS011 air-quality sensor (emulated) on port " + ptys.getLast(), "Close the window to stop everything");
        assertEverythingStopped();
        assertThat(ptys).noneMatch(Files::exists);
    }

    @Test
    void withoutSocatTheDevicesLiveInMemoryAndStillAnswer() throws Exception {
        assertThat(demo(withDisplay(temp.resolve("no-programs-here").toString()), services -> {
            inspect(services);
            return 0;
        })).as("stderr: %s", err).isZero();
        assertThat(ptys).isEmpty();
        assertThat(out.toString()).contains("socat is not installed", "emulated:odp", "emulated:sds011");
        assertEverythingStopped();
    }

    @Test
    void aHotspotOnboardedInTheWizardIsRecordedHereAndKeepsEarningOnceTheWizardIsDone() throws Exception {
        List<QueuedHeartbeat> accepted = new CopyOnWriteArrayList<>();
        List<Long> spanEnds = new CopyOnWriteArrayList<>();
        List<Long> wizardDone = new CopyOnWriteArrayList<>();
        List<Long> firstSeen = new CopyOnWriteArrayList<>();
        assertThat(demo(withDisplay(System.getenv("PATH")), services -> {
            onboardLikeTheWindow(services, accepted, spanEnds, wizardDone, firstSeen);
            return 0;
        })).as("stdout: %s%nstderr: %s", out, err).isZero();

        assertThat(spanEnds).as("the history's span of the hotspot, read while the window stayed open").hasSize(2);
        assertThat(spanEnds.getLast()).as("the span grows with each heartbeat").isGreaterThan(spanEnds.getFirst());
        assertThat(firstSeen.getFirst()).as("the span starts with the heartbeat the wizard took to the network")
                .isLessThanOrEqualTo(wizardDone.getFirst());
        assertThat(accepted).as("heartbeats the oracle accepted through the relay after the wizard was done")
                .hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void withoutADisplayNothingStarts() throws Exception {
        Map<String, String> env = withDisplay(System.getenv("PATH"));
        env.remove("DISPLAY");
        assertThat(demo(env, services -> 0)).isEqualTo(2);
        assertThat(err.toString()).contains("no display was found");
        assertThat(temp.resolve("demo")).doesNotExist();
    }

    @Test
    void theUsersOwnSettingsAndWalletFolderAreLeftAlone() throws Exception {
        Path settings = Files.writeString(temp.resolve("settings.json"), "{\"schemaVersion\":1,\"networkId\":\"mainnet\"}");
        Files.createDirectories(temp.resolve("wallets"));
        assertThat(demo(withDisplay(System.getenv("PATH")), services -> 0)).as("stderr: %s", err).isZero();
        assertThat(Files.readString(settings)).isEqualTo("{\"schemaVersion\":1,\"networkId\":\"mainnet\"}");
        try (var left = Files.list(temp.resolve("wallets"))) {
            assertThat(left).isEmpty();
        }
        assertThat(temp.resolve("demo/wallets")).isNotEmptyDirectory();
    }

    private void inspect(AppServices services) {
        try {
            assertThat(services.directories().data()).isEqualTo(temp.resolve("demo"));
            assertThat(services.initialSettings().settings().networkId()).isEqualTo("devnet");
            assertThat(services.initialSettings().settings().lastScreen()).isEqualTo("onboard");
            network = services.networks().active();
            assertThat(rpc("eth_chainId", List.of())).isEqualTo("0x7a69");
            assertThat(status(network.oracleUrl().resolve("/v1/health"))).isEqualTo(200);
            assertThat(services.walletSession().isUnlocked()).isTrue();
            String wallet = services.wallet().address(0).orElseThrow().value();
            assertThat(new BigInteger(rpc("eth_getBalance", List.of(wallet, "latest")).substring(2), 16))
                    .isEqualTo(BigInteger.TEN.pow(20));
            List<DiscoveredPort> plugged = pluggedIn(services);
            assertThat(plugged).extracting(port -> port.likely().map(CatalogEntry::what).orElse(""))
                    .containsExactly("Outpost hotspot (emulated)", "SDS011 air-quality sensor (emulated)");
            assertThat(plugged).extracting(port -> port.likely().orElseThrow().families())
                    .containsExactly(List.of(DeviceFamily.ODP), List.of(DeviceFamily.SDS011));
            identifyHotspot(services, plugged.getFirst().port().systemPath());
            hearSensor(services, plugged.getLast().port().systemPath());
            plugged.stream().map(port -> Path.of(port.port().systemPath())).filter(Path::isAbsolute).forEach(ptys::add);
            // Only the demo's own (anvil's state file and socat's links are in its folder): other tests run too.
            ProcessHandle.current().descendants()
                    .forEach(child -> children.put(child, child.info().commandLine().orElse("")));
            children.values().removeIf(command -> !command.contains(temp.resolve("demo").toString()));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    // What the window does (the hot-plug monitor feeds the relay, which starts), then the wizard's steps for the
    // hotspot up to its first heartbeat; the wizard stays on its last page, as a user leaves it.
    private static void onboardLikeTheWindow(AppServices services, List<QueuedHeartbeat> accepted, List<Long> spanEnds,
                                             List<Long> wizardDone, List<Long> firstSeen) {
        ScheduledFuture<?> hotPlug = services.devices().monitoring().start(services.attachedDevices()::plugged);
        try (OnboardingSession wizard = services.onboardingSession()) {
            services.startRelaying();
            String port = pluggedIn(services).getFirst().port().systemPath();
            String hotspot = wizard.connect(port, reading -> { }).address().orElseThrow().toLowerCase(Locale.ROOT);
            OnboardDevice.Plan plan = wizard.plan(new Coordinates(52.52, 13.405));
            wizard.register(plan, "Roof antenna");
            assertThat(wizard.firstHeartbeat(plan.owner(), Duration.ofSeconds(90))).contains(true);
            long done = Instant.now().getEpochSecond();
            wizardDone.add(done);
            services.relay().addAcceptedListener(beat -> {
                if (beat.device().equalsIgnoreCase(hotspot) && beat.time() >= done) {
                    accepted.add(beat);
                }
            });
            // The emulator beats every 30 s: a span shows from the second sighting on (the first has no length yet),
            // and grows with the third.
            for (int sightings = 2; sightings <= 3; sightings++) {
                Optional<Long> end = spanEnd(services, hotspot, spanEnds.isEmpty() ? 0 : spanEnds.getLast(),
                        Duration.ofSeconds(sightings == 2 ? 75 : 40));
                if (end.isEmpty()) {
                    break;
                }
                spanEnds.add(end.get());
            }
            services.historyRecorder().history().online(hotspot, Instant.ofEpochSecond(done - 3600), Instant.now())
                    .stream().findFirst().ifPresent(span -> firstSeen.add(span.from().getEpochSecond()));
            Thread.sleep(6000); // the relay sends every 5 s
        } catch (Exception e) {
            throw new AssertionError(e);
        } finally {
            hotPlug.cancel(false);
        }
    }

    // The end of the hotspot's last online span once it is past {@code after} (waiting up to {@code wait}), if it came.
    private static Optional<Long> spanEnd(AppServices services, String device, long after, Duration wait)
            throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < deadline) {
            List<Span> spans = services.historyRecorder().history().online(device, Instant.now().minus(Duration.ofHours(1)),
                    Instant.now().plus(Duration.ofHours(1)));
            if (!spans.isEmpty() && spans.getLast().to().getEpochSecond() > after) {
                return Optional.of(spans.getLast().to().getEpochSecond());
            }
            Thread.sleep(500);
        }
        return Optional.empty();
    }

    // What the window's hot-plug monitor hands to the screens: the first list it makes.
    private static List<DiscoveredPort> pluggedIn(AppServices services) throws InterruptedException {
        List<List<DiscoveredPort>> lists = new CopyOnWriteArrayList<>();
        ScheduledFuture<?> monitoring = services.devices().monitoring().start(Duration.ofMillis(100), lists::add);
        try {
            for (int i = 0; i < 100 && lists.isEmpty(); i++) {
                Thread.sleep(20);
            }
        } finally {
            monitoring.cancel(false);
        }
        return lists.getFirst().stream().filter(port -> port.likely().isPresent()).toList();
    }

    // As the wizard does it: the device proves its key (its public key hashes to its address).
    private static void identifyHotspot(AppServices services, String port) throws Exception {
        try (OnboardingSession wizard = services.onboardingSession()) {
            DeviceFacts device = wizard.connect(port, reading -> { });
            assertThat(device.trust()).isEqualTo(TrustClass.HARDWARE_VERIFIED);
            assertThat(device.address().orElseThrow()).matches("0x[0-9a-fA-F]{40}");
        }
    }

    private static void hearSensor(AppServices services, String port) throws Exception {
        FrameParser<?> parser = services.devices().families().parser(DeviceFamily.SDS011);
        List<Object> frames = new ArrayList<>();
        try (SerialLink link = services.devices().ports().open(port, services.devices().families().lineSettings(DeviceFamily.SDS011))) {
            byte[] buffer = new byte[64];
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (frames.isEmpty() && System.nanoTime() < deadline) {
                int n = link.read(buffer, 200);
                frames.addAll(parser.feed(buffer, 0, n));
            }
        }
        assertThat(frames).as("SDS011 frames").isNotEmpty();
    }

    private void assertEverythingStopped() throws Exception {
        assertThat(children.values()).as("anvil ran as a child").anyMatch(command -> command.contains("anvil"));
        for (var entry : children.entrySet()) {
            ProcessHandle child = entry.getKey();
            String command = entry.getValue();
            child.onExit().completeOnTimeout(child, 10, TimeUnit.SECONDS).get();
            assertThat(child.isAlive()).as("%s still runs", command).isFalse();
        }
        URI oracle = network.oracleUrl();
        assertThat(connects(oracle.getPort())).as("the oracle's port is closed").isFalse();
        assertThat(connects(network.rpcUrl().getPort())).as("anvil's port is closed").isFalse();
    }

    private String rpc(String method, List<Object> params) throws Exception {
        String body = JSON.writeValueAsString(Map.of("jsonrpc", "2.0", "id", 1, "method", method, "params", params));
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(network.rpcUrl())
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return JSON.readTree(response.body()).path("result").asString();
        }
    }

    private static int status(URI uri) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        }
    }

    private static boolean connects(int port) {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
