package io.outpost.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.uber.h3core.H3Core;
import io.outpost.app.sensors.HostKeys;
import io.outpost.crypto.Hex;
import io.outpost.devices.nmea.NmeaEmulator;
import io.outpost.devices.serial.JSerialCommPorts;
import io.outpost.devices.serial.LineSettings;
import io.outpost.devices.serial.PtyPair;
import io.outpost.devices.serial.SerialLink;
import io.outpost.devnet.OnboardingNet;
import io.outpost.devnet.OracleTestNet;
import io.outpost.wallet.keys.PrivateKey;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
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
    // anvil's first dev account, which the wallet imports as ALICE
    private static final String ALICE_KEY = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";

    @TempDir
    Path temp;
    private OnboardingNet devices;
    private WalletCli cli;
    private Path password;

    @BeforeEach
    void start() throws Exception {
        devices = OnboardingNet.start(temp);
        cli = new WalletCli(temp);
        cli.useNetwork(devices.profile());
        password = cli.secret("password", "a good password");
        cli.importAlice(password);
    }

    @AfterEach
    void stop() {
        devices.close();
    }

    private int onboard(String... more) {
        List<String> args = new ArrayList<>(List.of("onboard", devices.port(), "--name", "Roof antenna",
                "--lat", "52.52", "--lon", "13.405", "--password-file", password.toString(), "--heartbeat-wait", "20"));
        args.addAll(List.of(more));
        return cli.run(args.toArray(String[]::new));
    }

    @Test
    void theDeviceIsRegisteredToTheWalletAndItsFirstHeartbeatAcceptedAndASecondRunSendsNothing() throws Exception {
        assertThat(onboard("--json")).as(cli.err()).isZero();
        JsonNode result = JSON.readTree(cli.out());
        assertThat(result.path("device").asString()).isEqualTo(devices.deviceAddress());
        assertThat(result.path("trustClass").asString()).isEqualTo("hardware_verified");
        assertThat(result.path("status").asString()).isEqualTo("registered");
        assertThat(result.path("transactionHash").asString()).matches("0x[0-9a-f]{64}");
        assertThat(result.path("location").asString()).startsWith("8c"); // an H3 cell of resolution 12
        assertThat(result.path("firstHeartbeat").asString()).isEqualTo("accepted");
        assertThat(devices.chain().ownerOf(devices.deviceAddress())).isEqualToIgnoringCase(OracleTestNet.ALICE.getAddress());

        BigInteger nonce = devices.chain().nonce(OracleTestNet.ALICE);
        assertThat(onboard()).as(cli.err()).isZero();
        assertThat(cli.out()).contains("“Roof antenna” (" + devices.deviceAddress() + ") was registered to", "already",
                "Nothing was sent");
        assertThat(devices.chain().nonce(OracleTestNet.ALICE)).as("no second registration").isEqualTo(nonce);
    }

    @Test
    void aSensorIsRegisteredHostAttestedUnderAKeyMadeFromTheWalletAndNeverTwice() throws Exception {
        List<String> args = List.of("onboard", devices.sensor().port(), "--name", "Balcony air", "--lat", "52.52", "--lon",
                "13.405", "--password-file", password.toString(), "--heartbeat-wait", "20");
        List<String> json = new ArrayList<>(args);
        json.add("--json");
        assertThat(cli.run(json.toArray(String[]::new))).as(cli.err()).isZero();
        JsonNode result = JSON.readTree(cli.out());
        String expected;
        try (PrivateKey alice = PrivateKey.of(Hex.decode(ALICE_KEY).orElseThrow())) {
            expected = HostKeys.derive(alice, "sds011:A160").address().value();
        }
        assertThat(result.path("device").asString()).isEqualTo(expected);
        assertThat(result.path("trustClass").asString()).isEqualTo("host_attested");
        assertThat(result.path("status").asString()).isEqualTo("registered");
        assertThat(result.path("firstHeartbeat").asString()).as("a heartbeat this computer signed").isEqualTo("accepted");
        assertThat(devices.chain().ownerOf(expected)).isEqualToIgnoringCase(OracleTestNet.ALICE.getAddress());

        BigInteger nonce = devices.chain().nonce(OracleTestNet.ALICE);
        assertThat(cli.run(args.toArray(String[]::new))).as(cli.err()).isZero();
        assertThat(cli.out()).contains("“Balcony air” (" + expected + ") was registered to", "lower trust class");
        assertThat(devices.chain().nonce(OracleTestNet.ALICE)).as("no second registration").isEqualTo(nonce);
    }

    @Test
    void aGnssReceiverWithoutLatAndLonIsPlacedWhereItsOwnFixSays() throws Exception {
        try (PtyPair pair = PtyPair.start(temp.resolve("gnss-device"), temp.resolve("gnss"));
             SerialLink line = new JSerialCommPorts().open(pair.deviceEnd().toString(), LineSettings.eightNOne(9600))) {
            NmeaEmulator receiver = new NmeaEmulator(Clock.systemUTC(), 7, 48.137, 11.575);
            Thread.ofPlatform().daemon().start(() -> receiver.serve(line));
            try {
                assertThat(cli.run("onboard", pair.hostEnd().toString(), "--name", "Garden GNSS", "--password-file",
                        password.toString(), "--heartbeat-wait", "20", "--json")).as(cli.err()).isZero();
            } finally {
                receiver.stop();
            }
        }
        JsonNode result = JSON.readTree(cli.out());
        assertThat(result.path("trustClass").asString()).isEqualTo("host_attested");
        assertThat(result.path("firstHeartbeat").asString()).isEqualTo("accepted");
        // The receiver wanders a few metres around Munich: its cell lies within the same resolution-7 cell (5 km²).
        H3Core h3 = H3Core.newInstance();
        assertThat(h3.cellToParent(Long.parseLong(result.path("location").asString(), 16), 7))
                .isEqualTo(h3.latLngToCell(48.137, 11.575, 7));
    }

    @Test
    void aPortWhereNothingKnownAnswersIsToldAndNothingIsSent() throws Exception {
        BigInteger nonce = devices.chain().nonce(OracleTestNet.ALICE);
        try (PtyPair silent = PtyPair.start(temp.resolve("silent-device"), temp.resolve("silent"))) {
            assertThat(cli.run("onboard", silent.hostEnd().toString(), "--name", "Nothing", "--lat", "52.52", "--lon", "13.405",
                    "--password-file", password.toString())).isEqualTo(OnboardCommand.EXIT_DEVICE);
        }
        assertThat(cli.err()).contains("Outpost did not recognise a device on", "Check that this is the right port");
        assertThat(devices.chain().nonce(OracleTestNet.ALICE)).as("nothing sent").isEqualTo(nonce);
    }

    @Test
    void anOwnerWithoutEtherForTheFeeIsToldHowMuchIsMissingAndNothingIsSent() throws Exception {
        WalletCli poor = new WalletCli(temp.resolve("poor"));
        poor.useNetwork(devices.profile());
        Path poorPassword = poor.secret("password", "a good password");
        Path key = poor.secret("key", "11".repeat(32));
        assertThat(poor.run("wallet", "import", "--private-key-file", key.toString(), "--password-file",
                poorPassword.toString())).as(poor.err()).isZero();
        assertThat(poor.run("onboard", devices.port(), "--name", "Roof antenna", "--lat", "52.52", "--lon", "13.405",
                "--password-file", poorPassword.toString())).isEqualTo(RootCommand.EXIT_NETWORK);
        assertThat(poor.err()).containsPattern("Your wallet needs about 0\\.\\d+ ETH more to pay the network fee\\. Nothing was sent\\.");
        assertThat(devices.chain().ownerOf(devices.deviceAddress())).as("not registered").isEqualTo("0x" + "0".repeat(40));
    }

    @Test
    void aWrongPasswordRegistersNothingAndAnotherOwnersDeviceIsNamed() throws Exception {
        Path wrong = cli.secret("wrong", "not the password");
        assertThat(cli.run("onboard", devices.port(), "--name", "Roof antenna", "--lat", "52.52", "--lon", "13.405",
                "--password-file", wrong.toString())).isEqualTo(2);
        assertThat(devices.chain().ownerOf(devices.deviceAddress())).isEqualTo("0x" + "0".repeat(40));

        assertThat(onboard()).as(cli.err()).isZero();
        WalletCli carol = new WalletCli(temp.resolve("carol"));
        Files.createDirectories(temp.resolve("carol"));
        carol.useNetwork(devices.profile());
        Path carolPassword = carol.secret("password", "carol's password");
        assertThat(carol.run("wallet", "import", "--private-key-file", carol.secret("key",
                OracleTestNet.CAROL.getEcKeyPair().getPrivateKey().toString(16)).toString(), "--password-file",
                carolPassword.toString())).isZero();
        assertThat(carol.run("onboard", devices.port(), "--name", "Mine now", "--lat", "1", "--lon", "1",
                "--password-file", carolPassword.toString())).isEqualTo(4);
        assertThat(carol.err()).contains("registered to another owner already");
    }

    @Test
    void badInputIsToldBeforeTheDeviceIsAsked() {
        assertThat(cli.run("onboard", devices.port(), "--name", "X", "--lat", "52.5", "--password-file",
                password.toString())).isEqualTo(2);
        assertThat(cli.err()).contains("both --lat and --lon");
        assertThat(cli.run("onboard", devices.port(), "--name", "X", "--lat", "99", "--lon", "1",
                "--password-file", password.toString())).isEqualTo(2);
        assertThat(cli.err()).contains("not a place on Earth");
        assertThat(cli.run("onboard", temp.resolve("no-such-port").toString(), "--name", "X", "--lat", "1", "--lon", "1",
                "--password-file", password.toString())).isEqualTo(3);
        assertThat(cli.err()).contains("There is no serial port");
    }
}
