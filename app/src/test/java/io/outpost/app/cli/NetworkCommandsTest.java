package io.outpost.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.outpost.app.doctor.SystemFacts;
import io.outpost.app.networks.TestProfiles;
import io.outpost.devnet.Chain;
import io.outpost.devnet.network.DevnetFixture;
import io.outpost.network.NetworkProfile;
import io.outpost.network.NetworkProfile.ContractAddresses;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code outpost network …}: exit codes, texts and JSON, with the check against a real anvil. */
@Timeout(120)
class NetworkCommandsTest {
    private static final SystemFacts LINUX = new SystemFacts(Runtime.version(), Optional.of("25"), "Linux", "6.1", "amd64", "root");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static DevnetFixture devnet;

    @TempDir
    Path temp;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    @BeforeAll
    static void startChain() throws Exception {
        devnet = DevnetFixture.start();
    }

    @AfterAll
    static void stopChain() {
        devnet.close();
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        String[] withData = new String[args.length + 2];
        System.arraycopy(args, 0, withData, 0, args.length);
        withData[args.length] = "--data-dir";
        withData[args.length + 1] = temp.resolve("data").toString();
        return new OutpostCli(LINUX, Map.of(), temp, Locale.ENGLISH, new PrintWriter(out), new PrintWriter(err),
                services -> 0).execute(withData);
    }

    private Path file(String name, String content) throws Exception {
        Path file = temp.resolve(name);
        Files.writeString(file, content);
        return file;
    }

    private int install(NetworkProfile profile) throws Exception {
        return run("network", "install", file(profile.id() + "-source.json", TestProfiles.json(profile)).toString());
    }

    private static NetworkProfile onAnvil(String id, long chainId, ContractAddresses contracts) {
        NetworkProfile p = devnet.profile();
        return new NetworkProfile(id, p.name(), chainId, p.rpcUrls(), contracts, p.oracleUrl(), p.token(),
                p.epochSeconds(), p.explorerUrl());
    }

    private static URI deadNode() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
    }

    @Test
    void helpShowsTheTranslatedDescriptions() {
        assertThat(run("network", "--help")).isZero();
        assertThat(out.toString()).contains("See, install and choose the networks", "list", "install", "use", "check");
        assertThat(run("network", "check", "--help")).isZero();
        assertThat(out.toString()).contains("(default: the active network)").doesNotContain("${");
    }

    @Test
    void listMarksTheActiveNetworkShowsRpcHostsOnlyAndNamesSkippedFiles() throws Exception {
        assertThat(install(TestProfiles.partner())).isZero();
        assertThat(out.toString()).contains("Installed “Partner Net” (partner-net).", "outpost network use partner-net");
        Files.writeString(temp.resolve("data/networks/broken.json"), "{\"schema\":1}");

        assertThat(run("network", "list")).isZero();
        assertThat(out.toString().lines()).containsExactly(
                "* Local test network (devnet): chain 31337, RPC 127.0.0.1:8545 (active)",
                "  Partner Net (partner-net): chain 10, RPC rpc.partner.example");
        assertThat(err.toString()).contains("Skipped the file broken.json: contracts: missing, or not an object");

        assertThat(run("network", "list", "--json")).isZero();
        assertThat(out.toString()).doesNotContain("SECRETKEY");
        JsonNode list = JSON.readTree(out.toString());
        assertThat(list.get("active").asString()).isEqualTo("devnet");
        assertThat(list.get("networks")).hasSize(2);
        JsonNode partner = list.get("networks").get(1);
        assertThat(partner.get("id").asString()).isEqualTo("partner-net");
        assertThat(partner.get("active").asBoolean()).isFalse();
        assertThat(partner.get("chainId").asLong()).isEqualTo(10);
        assertThat(partner.get("rpcUrls").get(0).asString()).isEqualTo("https://rpc.partner.example/…");
        assertThat(partner.get("contracts").get("staking").asString()).isEqualTo(TestProfiles.DEVNET.contracts().staking());
        assertThat(partner.get("token").get("symbol").asString()).isEqualTo("OPT");
        assertThat(partner.has("schema")).isFalse();
        assertThat(list.get("skipped").get(0).get("file").asString()).isEqualTo("broken.json");
        assertThat(list.get("skipped").get(0).get("problem").asString()).isEqualTo("contracts: missing, or not an object");
    }

    @Test
    void badFilesAreRefusedWithExit2AndAReasonNamingTheField() throws Exception {
        String staking = TestProfiles.DEVNET.contracts().staking();
        Path bad = file("bad.json", TestProfiles.json(TestProfiles.partner()).replace(staking, "0x1234"));

        assertThat(run("network", "install", bad.toString())).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo(
                "This file is not a network profile: contracts.staking: must be 0x and 40 hex digits, was 0x1234");
        assertThat(run("network", "install", file("huge.json", " ".repeat(70_000)).toString())).isEqualTo(2);
        assertThat(err.toString()).contains("too large to be a network profile (over 64 KiB)");
        assertThat(run("network", "install", temp.resolve("missing.json").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("missing.json cannot be read");
        assertThat(temp.resolve("data/networks")).doesNotExist();
    }

    @Test
    void useSwitchesToAKnownNetworkAndRefusesAnUnknownOneWithExit2() throws Exception {
        install(TestProfiles.partner());

        assertThat(run("network", "use", "partner-net")).isZero();
        assertThat(out.toString().strip()).isEqualTo("The active network is now “Partner Net” (partner-net).");
        run("network", "list");
        assertThat(out.toString()).contains("* Partner Net (partner-net): chain 10, RPC rpc.partner.example (active)");

        assertThat(run("network", "use", "mainnet")).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo("There is no network “mainnet”. Installed networks: devnet, partner-net.");
        assertThat(run("network", "check", "mainnet")).isEqualTo(2);
    }

    @Test
    void theActiveNetworkOnARealChainChecksOut() throws Exception {
        assertThat(install(devnet.profile())).isZero();

        assertThat(run("network", "check")).isZero();
        assertThat(out.toString().strip()).isEqualTo("All good on “Local test network”: chain 31337 and the 4 contracts answer.");

        assertThat(run("network", "check", "devnet", "--json")).isZero();
        JsonNode report = JSON.readTree(out.toString());
        assertThat(report.get("network").asString()).isEqualTo("devnet");
        assertThat(report.get("chainId").asLong()).isEqualTo(31337);
        assertThat(report.get("ok").asBoolean()).isTrue();
        assertThat(report.get("verdict").asString()).isEqualTo("fine");
        assertThat(report.get("problems")).isEmpty();
    }

    @Test
    void aWrongChainIdIsNamedWithExit4() throws Exception {
        install(onAnvil("wrong-chain", 1, devnet.profile().contracts()));

        assertThat(run("network", "check", "wrong-chain")).isEqualTo(4);
        assertThat(out.toString()).contains("“Outpost devnet (this computer)” (wrong-chain) does not check out:",
                "  chainId: the node at " + devnet.chain().rpcUrl() + " is chain 31337, the profile says 1",
                "Ask the network’s operator for a current profile");

        assertThat(run("network", "check", "wrong-chain", "--json")).isEqualTo(4);
        JsonNode report = JSON.readTree(out.toString());
        assertThat(report.get("ok").asBoolean()).isFalse();
        assertThat(report.get("verdict").asString()).isEqualTo("mismatch");
        assertThat(report.get("problems").get(0).get("field").asString()).isEqualTo("chainId");
    }

    @Test
    void anAddressWithoutCodeIsNamedWithExit4() throws Exception {
        ContractAddresses real = devnet.profile().contracts();
        String alice = Chain.ALICE.getAddress().toLowerCase(Locale.ROOT);
        install(onAnvil("no-staking", 31337, new ContractAddresses(real.deviceRegistry(), real.rewardsDistributor(),
                alice, real.token())));

        assertThat(run("network", "check", "no-staking", "--json")).isEqualTo(4);
        JsonNode problems = JSON.readTree(out.toString()).get("problems");
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).get("field").asString()).isEqualTo("contracts.staking");
        assertThat(problems.get(0).get("message").asString()).startsWith("no contract at " + alice);
    }

    @Test
    void aNodeThatIsDownGivesExit4AndSaysHowToStartTheDevnet() throws Exception {
        NetworkProfile p = devnet.profile();
        install(new NetworkProfile(p.id(), p.name(), p.chainId(), List.of(deadNode()), p.contracts(), p.oracleUrl(),
                p.token(), p.epochSeconds(), p.explorerUrl()));

        assertThat(run("network", "check")).isEqualTo(4);
        assertThat(out.toString()).contains("  rpcUrls[0]: the node at http://127.0.0.1:", "did not say its chain id",
                "Start the local test network with “outpost devnet up”, then check again.");

        assertThat(run("network", "check", "--json")).isEqualTo(4);
        assertThat(JSON.readTree(out.toString()).get("verdict").asString()).isEqualTo("unreachable");
    }
}
