package io.outpost.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.outpost.app.doctor.SystemFacts;
import io.outpost.app.networks.TestProfiles;
import io.outpost.app.storage.AppDirectories;
import io.outpost.app.wallet.BalancesTest;
import io.outpost.app.wallet.RewardsOracleStub;
import io.outpost.devnet.network.DevnetFixture;
import io.outpost.network.NetworkProfile;
import io.outpost.wallet.Wallet;
import io.outpost.wallet.keystore.V3Keystore;
import io.outpost.wallet.store.AtomicFile;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.slf4j.LoggerFactory;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code outpost wallet …} end to end on real files (light scrypt) and a real anvil; after each test, the
 * data folder (but the encrypted wallet files) and everything printed are searched for the test's secrets.
 */
@Timeout(180)
class WalletCommandsTest {
    private static final SystemFacts LINUX = new SystemFacts(Runtime.version(), Optional.of("25"), "Linux", "6.1", "amd64", "root");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PASSWORD = "Tr0ub4dor&3-test-password";
    private static final String CAROL_KEY = "5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a";
    private static final String CAROL = "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC";
    private static final String ABANDON = "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about";
    // The address MetaMask shows for the all-"abandon … about" words, account 0.
    private static final String ABANDON_ADDRESS = "0x9858EfFD232B4033E47d90003D41EC34EcaEda94";
    private static final String ABANDON_SECOND_ADDRESS = "0x6Fac4D18c912343BF86fa7049364Dd4E424Ab9C0";
    private static DevnetFixture devnet;

    @TempDir
    Path temp;
    private final StringBuilder printed = new StringBuilder();
    private final List<String> words = new ArrayList<>();
    private String out;
    private String err;
    // The tests' logback writes to the console, not to <data>/logs: the log events are searched here instead.
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private final Logger rootLogger = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private Level rootLevel;

    @BeforeEach
    void recordLogs() {
        rootLevel = rootLogger.getLevel();
        rootLogger.setLevel(Level.DEBUG);
        logged.start();
        rootLogger.addAppender(logged);
    }

    @BeforeAll
    static void startChain() throws Exception {
        devnet = DevnetFixture.start();
    }

    @AfterAll
    static void stopChain() {
        devnet.close();
    }

    private int run(String data, String... args) {
        StringWriter outWriter = new StringWriter();
        StringWriter errWriter = new StringWriter();
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data-dir", temp.resolve(data).toString()));
        int exit = new OutpostCli(LINUX, Map.of(), temp, Locale.ENGLISH, new PrintWriter(outWriter), new PrintWriter(errWriter),
                services -> 0, new io.outpost.devnet.HealthOnlyOracle(),
                folder -> new Wallet(folder, Clock.systemUTC(), new SecureRandom(), 1 << 10, Wallet.DEFAULT_AUTO_LOCK, AtomicFile.Hook.NONE))
                .execute(all.toArray(String[]::new));
        out = outWriter.toString();
        err = errWriter.toString();
        if (!"create".equals(args[1])) {
            printed.append(out);
        }
        printed.append(err);
        return exit;
    }

    private String secretFile(String name, String content) throws Exception {
        Path file = temp.resolve("secrets").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return file.toString();
    }

    @AfterEach
    void noSecretOutsideTheEncryptedWalletFiles() throws Exception {
        rootLogger.detachAppender(logged);
        rootLogger.setLevel(rootLevel);
        // Words one by one would match ordinary text ("act", "about"): any two in a row would not.
        List<String> secrets = new ArrayList<>(List.of(PASSWORD, CAROL_KEY));
        for (int i = 1; i < words.size(); i++) {
            secrets.add(words.get(i - 1) + " " + words.get(i));
        }
        assertThat(printed.toString()).doesNotContain(secrets);
        assertThat(logged.list).as("log events").isNotEmpty();
        for (ILoggingEvent event : logged.list) {
            String text = event.getFormattedMessage() + (event.getThrowableProxy() == null ? "" : event.getThrowableProxy().getMessage());
            assertThat(text).doesNotContain(secrets);
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(temp)) {
            files = walk.filter(Files::isRegularFile).filter(file -> !file.startsWith(temp.resolve("secrets")))
                    .filter(file -> !file.getParent().getFileName().toString().equals("wallets")).toList();
        }
        for (Path file : files) {
            String content = new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1);
            assertThat(content).as("%s", file).doesNotContain(secrets);
        }
    }

    @Test
    void createThenAddressAndListWithoutPasswordThenImportAKeyWithTheWalletPassword() throws Exception {
        String password = secretFile("password", PASSWORD + "\n");

        assertThat(run("d", "wallet", "create", "--words", "12", "--password-file", password, "--json")).isZero();
        JsonNode created = JSON.readTree(out);
        created.path("words").forEach(word -> words.add(word.asString()));
        assertThat(words).hasSize(12);
        String address = created.path("address").asString();

        assertThat(run("d", "wallet", "address")).isZero();
        assertThat(out.strip()).isEqualTo(address);
        assertThat(run("d", "wallet", "create", "--password-file", password)).as(err).isEqualTo(2);
        assertThat(err).contains("There is a wallet");

        assertThat(run("d", "wallet", "import", "--private-key-file", secretFile("not-a-key", "nope\n"),
                "--password-file", password)).isEqualTo(2);
        assertThat(err).contains("does not hold a private key");
        assertThat(run("d", "wallet", "import", "--private-key-file", secretFile("key", CAROL_KEY + "\n"),
                "--password-file", secretFile("wrong", "not the password\n"))).isEqualTo(2);
        assertThat(err).contains("The password does not open this wallet.");
        assertThat(run("d", "wallet", "import", "--private-key-file", secretFile("key", CAROL_KEY + "\n"),
                "--password-file", password)).as(err).isZero();
        assertThat(out).contains(CAROL);

        assertThat(run("d", "wallet", "list")).isZero();
        assertThat(out).contains("0  " + address, "(from the recovery words, m/44'/60'/0'/0/0)", "1  " + CAROL, "(imported)");
        assertThat(run("d", "wallet", "address", "--index", "1", "--json")).isZero();
        assertThat(JSON.readTree(out).path("address").asString()).isEqualTo(CAROL);
        assertThat(run("d", "wallet", "address", "--index", "2")).isEqualTo(2);
        assertThat(err).contains("There is no account 2; this wallet has 2");
    }

    @Test
    void createPrintsTheWordsOnceWithAWarning() throws Exception {
        assertThat(run("d", "wallet", "create", "--password-file", secretFile("password", PASSWORD))).isZero();

        assertThat(out).contains("Write them down on paper", "24. ", "Account 0: 0x");
        for (String line : out.lines().filter(line -> line.matches(" ?\\d+\\. .*")).toList()) {
            words.add(line.substring(line.indexOf(". ") + 2));
        }
        assertThat(words).hasSize(24);
        assertThat(run("e", "wallet", "create")).isEqualTo(2);
        assertThat(err).contains("--password-file");
    }

    @Test
    void importedWordsGiveTheAddressOtherWalletsShowAndAMisspeltWordIsNamed() throws Exception {
        String password = secretFile("password", PASSWORD);
        words.addAll(List.of(ABANDON.split(" ")).subList(9, 12));

        assertThat(run("m", "wallet", "import", "--mnemonic-file", secretFile("typo", ABANDON.replace("about", "abuot")),
                "--password-file", password)).isEqualTo(2);
        assertThat(err).contains("Word 12 is not a recovery word. Did you mean:", "about");
        assertThat(run("m", "wallet", "list")).isEqualTo(2);
        assertThat(err).contains("no wallet here yet");

        assertThat(run("m", "wallet", "import", "--mnemonic-file", secretFile("words", ABANDON + "\n"),
                "--password-file", password)).as(err).isZero();
        assertThat(run("m", "wallet", "address")).isZero();
        assertThat(out.strip()).isEqualTo(ABANDON_ADDRESS);
    }

    @Test
    void addAccountDerivesTheNextAccountOfTheWordsWhichAddressThenPrintsWithoutPassword() throws Exception {
        String password = secretFile("password", PASSWORD);
        assertThat(run("n", "wallet", "import", "--mnemonic-file", secretFile("words", ABANDON), "--password-file", password))
                .as(err).isZero();

        assertThat(run("n", "wallet", "add-account", "--password-file", secretFile("wrong", "wrong"))).isEqualTo(2);
        assertThat(run("n", "wallet", "add-account", "--password-file", password)).as(err).isZero();
        // MetaMask's second account for these words
        assertThat(out.strip()).isEqualTo("Account 1 added: " + ABANDON_SECOND_ADDRESS);
        assertThat(run("n", "wallet", "address", "--index", "1")).isZero();
        assertThat(out.strip()).isEqualTo(ABANDON_SECOND_ADDRESS);

        assertThat(run("o", "wallet", "import", "--private-key-file", secretFile("key", CAROL_KEY), "--password-file", password))
                .as(err).isZero();
        assertThat(run("o", "wallet", "add-account", "--password-file", password)).isEqualTo(2);
        assertThat(err).contains("no recovery words");
    }

    @Test
    void aForeignKeystoreIsImportedWithItsPassword() throws Exception {
        String keystore = V3Keystore.write(V3Keystore.encrypt(HexFormat.of().parseHex(CAROL_KEY), PASSWORD.toCharArray(),
                1 << 10, new SecureRandom()));
        String file = secretFile("keystore.json", keystore);

        assertThat(run("k", "wallet", "import", "--keystore", file, "--password-file", secretFile("wrong", "wrong"))).isEqualTo(2);
        assertThat(err).contains("The password does not open");
        assertThat(run("k", "wallet", "import", "--keystore", file, "--password-file", secretFile("password", PASSWORD), "--json"))
                .as(err).isZero();
        assertThat(JSON.readTree(out).path("address").asString()).isEqualTo(CAROL);
    }

    @Test
    void balanceReadsTheChainAndTheOracleAndAStoppedNodeIsExit4() throws Exception {
        BalancesTest.rewardAndStake(devnet);
        assertThat(run("b", "wallet", "import", "--private-key-file", secretFile("key", CAROL_KEY),
                "--password-file", secretFile("password", PASSWORD))).isZero();
        try (RewardsOracleStub oracle = new RewardsOracleStub(2, BalancesTest.LATEST, 1)) {
            install("b", TestProfiles.profile("anvil", "Anvil", 31337, devnet.chain().rpcUrl(), oracle.url()));
            install("b", TestProfiles.profile("stopped", "Stopped", 31337, deadNode(), oracle.url()));

            assertThat(run("b", "wallet", "balance", "--network", "anvil")).as(err).isZero();
            assertThat(out).contains(CAROL, "Coins: 10,000 ETH", "Tokens: 0 OPT", "Staked: 0 OPT", "Claimable rewards: 50 OPT");
            assertThat(run("b", "wallet", "balance", "--network", "anvil", "--json")).isZero();
            JsonNode carol = JSON.readTree(out).path("accounts").get(0);
            assertThat(carol.path("claimable").asString()).isEqualTo("50000000000000000000");

            assertThat(run("b", "wallet", "balance", "--network", "stopped")).isEqualTo(4);
            assertThat(err).contains("could not be read");
            assertThat(run("b", "wallet", "balance", "--network", "nowhere")).isEqualTo(2);
        }
    }

    private void install(String data, NetworkProfile profile) throws Exception {
        Path networks = AppDirectories.portable(temp.resolve(data)).networks();
        Files.createDirectories(networks);
        Files.writeString(networks.resolve(profile.id() + ".json"), TestProfiles.json(profile));
    }

    private static URI deadNode() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
    }
}
