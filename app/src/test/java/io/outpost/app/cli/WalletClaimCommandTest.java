package io.outpost.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.outpost.app.testsupport.EarningNet;
import io.outpost.devnet.HealthOnlyOracle;
import io.outpost.devnet.OracleTestNet;
import io.outpost.network.NetworkProfileJson;
import io.outpost.wallet.Wallet;
import io.outpost.wallet.store.AtomicFile;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code outpost wallet claim} on a real anvil with the reference oracle: earn, claim once, nothing left. */
@Timeout(120)
class WalletClaimCommandTest {
    @TempDir
    Path temp;
    private EarningNet earning;
    private OracleTestNet net;
    private String out;
    private String err;

    @BeforeEach
    void start() throws Exception {
        earning = EarningNet.start(temp);
        net = earning.chain();
        Files.createDirectories(temp.resolve("data/networks"));
        Files.writeString(temp.resolve("data/networks/devnet.json"), new NetworkProfileJson().write(earning.profile()));
        earning.earnFirstEpoch(OracleTestNet.ALICE);
    }

    @AfterEach
    void stop() {
        earning.close();
    }

    private Path secret(String name, String value) throws Exception {
        Path file = Files.writeString(temp.resolve(name), value + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return file;
    }

    private int run(String... args) {
        StringWriter outWriter = new StringWriter();
        StringWriter errWriter = new StringWriter();
        int exit = new OutpostCli(OutpostCliTest.LINUX, Map.of(), temp, Locale.ENGLISH, new PrintWriter(outWriter),
                new PrintWriter(errWriter), services -> 0, new HealthOnlyOracle(),
                folder -> new Wallet(folder, Clock.systemUTC(), new SecureRandom(), 1 << 10, Wallet.DEFAULT_AUTO_LOCK, AtomicFile.Hook.NONE))
                .execute(java.util.stream.Stream.concat(java.util.Arrays.stream(args),
                        java.util.stream.Stream.of("--data-dir", temp.resolve("data").toString())).toArray(String[]::new));
        out = outWriter.toString();
        err = errWriter.toString();
        return exit;
    }

    @Test
    void claimsWhatTheAccountEarnedOnceAndThenHasNothingLeft() throws Exception {
        Path password = secret("password", "a long test password");
        Path key = secret("key", OracleTestNet.ALICE.getEcKeyPair().getPrivateKey().toString(16));
        assertThat(run("wallet", "import", "--private-key-file", key.toString(), "--password-file", password.toString()))
                .as(err).isZero();

        assertThat(run("wallet", "claim", "--password-file", password.toString())).as(err).isZero();
        // one device up for 95 % of the epoch (its first beat to its last + 30 s) at 10 OPT per device-epoch
        assertThat(out).contains("Claimed 9.5 OPT for 0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266.");
        assertThat(net.balance(OracleTestNet.ALICE.getAddress())).isEqualTo(new java.math.BigInteger("9500000000000000000"));

        assertThat(run("wallet", "claim", "--password-file", password.toString())).as(err).isZero();
        assertThat(out).contains("has no rewards to claim right now");
    }

    @Test
    void aWrongPasswordClaimsNothing() throws Exception {
        Path password = secret("password", "a long test password");
        Path key = secret("key", OracleTestNet.ALICE.getEcKeyPair().getPrivateKey().toString(16));
        run("wallet", "import", "--private-key-file", key.toString(), "--password-file", password.toString());

        assertThat(run("wallet", "claim", "--password-file", secret("wrong", "not it").toString())).isEqualTo(2);
        assertThat(err).contains("The password does not open this wallet.");
        assertThat(net.balance(OracleTestNet.ALICE.getAddress())).isZero();
    }
}
