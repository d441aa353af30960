package io.outpost.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.outpost.devices.odp.DeviceConfig;
import io.outpost.devices.odp.OdpClient;
import io.outpost.devices.odp.OdpEmulator;
import io.outpost.devices.serial.JSerialCommPorts;
import io.outpost.devices.serial.LineSettings;
import io.outpost.devices.serial.PtyPair;
import io.outpost.devices.serial.SerialLink;
import io.outpost.devnet.AnvilNode;
import io.outpost.devnet.OracleTestNet;
import io.outpost.devnet.oracle.OracleConfig;
import io.outpost.devnet.oracle.ReferenceOracle;
import io.outpost.network.NetworkProfile;
import io.outpost.network.NetworkProfiles;
import java.math.BigInteger;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code outpost onboard} with real parts: the ODP emulator on a socat pty, anvil with the contracts, the
 * reference oracle on the wall clock. The device signs, ALICE's wallet registers it, its first heartbeat is
 * accepted; run again, nothing is sent.
 */
@Timeout(120)
class OnboardCommandTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final LineSettings ODP = LineSettings.eightNOne(115200);

    @TempDir
    Path temp;
    private OracleTestNet net;
    private ReferenceOracle oracle;
    private PtyPair pair;
    private SerialLink deviceLine;
    private OdpEmulator emulator;
    private WalletCli cli;
    private Path password;

    @BeforeEach
    void start() throws Exception {
        net = OracleTestNet.start();
        oracle = ReferenceOracle.start(OracleConfig.builder(URI.create(net.rpcUrl()), AnvilNode.CHAIN_ID,
                new OracleConfig.Contracts(net.registry(), net.distributor(), net.staking()), OracleTestNet.BOB,
                temp.resolve("oracle.db")).port(0).build());
        pair = PtyPair.start(temp.resolve("device"), temp.resolve("host"));
        deviceLine = new JSerialCommPorts().open(pair.deviceEnd().toString(), ODP);
        emulator = OdpEmulator.inFolder(temp.resolve("emulator"), Clock.systemUTC());
        Thread.ofPlatform().daemon().start(() -> emulator.serve(deviceLine));
        // The emulated device beats every 5 s (its fastest) instead of 30: the first heartbeat comes sooner.
        try (SerialLink host = new JSerialCommPorts().open(pair.hostEnd().toString(), ODP)) {
            new OdpClient(host).configure(DeviceConfig.NONE.withHeartbeatInterval(5));
        }
        cli = new WalletCli(temp);
        cli.useNetwork(profile());
        password = cli.secret("password", "a good password");
        cli.importAlice(password);
    }

    private NetworkProfile profile() {
        NetworkProfile builtIn = NetworkProfiles.builtIn().byIdOrDefault(NetworkProfiles.DEVNET_ID);
        return new NetworkProfile(builtIn.id(), builtIn.name(), AnvilNode.CHAIN_ID, List.of(URI.create(net.rpcUrl())),
                new NetworkProfile.ContractAddresses(net.registry(), net.distributor(), net.staking(), net.token()),
                oracle.uri(), builtIn.token(), builtIn.epochSeconds(), Optional.empty());
    }

    @AfterEach
    void stop() {
        emulator.stop();
        deviceLine.close();
        pair.close();
        oracle.close();
        net.close();
    }

    private int onboard(String... more) {
        List<String> args = new ArrayList<>(List.of("onboard", pair.hostEnd().toString(), "--name", "Roof antenna",
                "--lat", "52.52", "--lon", "13.405", "--password-file", password.toString(), "--heartbeat-wait", "20"));
        args.addAll(List.of(more));
        return cli.run(args.toArray(String[]::new));
    }

    @Test
    void theDeviceIsRegisteredToTheWalletAndItsFirstHeartbeatAcceptedAndASecondRunSendsNothing() throws Exception {
        assertThat(onboard("--json")).as(cli.err()).isZero();
        JsonNode result = JSON.readTree(cli.out());
        assertThat(result.path("device").asString()).isEqualTo(emulator.deviceAddress());
        assertThat(result.path("trustClass").asString()).isEqualTo("hardware_verified");
        assertThat(result.path("status").asString()).isEqualTo("registered");
        assertThat(result.path("transactionHash").asString()).matches("0x[0-9a-f]{64}");
        assertThat(result.path("location").asString()).startsWith("8c"); // an H3 cell of resolution 12
        assertThat(result.path("firstHeartbeat").asString()).isEqualTo("accepted");
        assertThat(net.ownerOf(emulator.deviceAddress())).isEqualToIgnoringCase(OracleTestNet.ALICE.getAddress());

        BigInteger nonce = net.nonce(OracleTestNet.ALICE);
        assertThat(onboard()).as(cli.err()).isZero();
        assertThat(cli.out()).contains("“Roof antenna” (" + emulator.deviceAddress() + ") was registered to", "already",
                "Nothing was sent");
        assertThat(net.nonce(OracleTestNet.ALICE)).as("no second registration").isEqualTo(nonce);
    }

    @Test
    void aWrongPasswordRegistersNothingAndAnotherOwnersDeviceIsNamed() throws Exception {
        Path wrong = cli.secret("wrong", "not the password");
        assertThat(cli.run("onboard", pair.hostEnd().toString(), "--name", "Roof antenna", "--lat", "52.52", "--lon", "13.405",
                "--password-file", wrong.toString())).isEqualTo(2);
        assertThat(net.ownerOf(emulator.deviceAddress())).isEqualTo("0x" + "0".repeat(40));

        assertThat(onboard()).as(cli.err()).isZero();
        WalletCli carol = new WalletCli(temp.resolve("carol"));
        Files.createDirectories(temp.resolve("carol"));
        carol.useNetwork(profile());
        Path carolPassword = carol.secret("password", "carol's password");
        assertThat(carol.run("wallet", "import", "--private-key-file", carol.secret("key",
                OracleTestNet.CAROL.getEcKeyPair().getPrivateKey().toString(16)).toString(), "--password-file",
                carolPassword.toString())).isZero();
        assertThat(carol.run("onboard", pair.hostEnd().toString(), "--name", "Mine now", "--lat", "1", "--lon", "1",
                "--password-file", carolPassword.toString())).isEqualTo(4);
        assertThat(carol.err()).contains("registered to another owner already");
    }

    @Test
    void badInputIsToldBeforeTheDeviceIsAsked() {
        assertThat(cli.run("onboard", pair.hostEnd().toString(), "--name", "X", "--lat", "52.5", "--password-file",
                password.toString())).isEqualTo(2);
        assertThat(cli.err()).contains("both --lat and --lon");
        assertThat(cli.run("onboard", pair.hostEnd().toString(), "--name", "X", "--lat", "99", "--lon", "1",
                "--password-file", password.toString())).isEqualTo(2);
        assertThat(cli.err()).contains("not a place on Earth");
        assertThat(cli.run("onboard", temp.resolve("no-such-port").toString(), "--name", "X", "--lat", "1", "--lon", "1",
                "--password-file", password.toString())).isEqualTo(3);
        assertThat(cli.err()).contains("There is no serial port");
    }
}
