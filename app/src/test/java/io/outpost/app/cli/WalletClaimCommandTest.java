package io.outpost.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.outpost.devnet.EarningNet;
import io.outpost.devnet.OracleTestNet;
import io.outpost.network.NetworkProfileJson;
import java.nio.file.Files;
import java.nio.file.Path;
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
    private WalletCli cli;

    @BeforeEach
    void start() throws Exception {
        earning = EarningNet.start(temp);
        cli = new WalletCli(temp);
        net = earning.chain();
        Files.createDirectories(temp.resolve("data/networks"));
        Files.writeString(temp.resolve("data/networks/devnet.json"), new NetworkProfileJson().write(earning.profile()));
        earning.earnFirstEpoch(OracleTestNet.ALICE);
    }

    @AfterEach
    void stop() {
        earning.close();
    }



    @Test
    void claimsWhatTheAccountEarnedOnceAndThenHasNothingLeft() throws Exception {
        Path password = cli.secret("password", "a long test password");
        Path key = cli.secret("key", OracleTestNet.ALICE.getEcKeyPair().getPrivateKey().toString(16));
        assertThat(cli.run("wallet", "import", "--private-key-file", key.toString(), "--password-file", password.toString()))
                .as(cli.err()).isZero();

        assertThat(cli.run("wallet", "claim", "--password-file", password.toString())).as(cli.err()).isZero();
        // one device up for 95 % of the epoch (its first beat to its last + 30 s) at 10 OPT per device-epoch
        assertThat(cli.out()).contains("Claimed 9.5 OPT for 0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266.");
        assertThat(net.balance(OracleTestNet.ALICE.getAddress())).isEqualTo(new java.math.BigInteger("9500000000000000000"));

        assertThat(cli.run("wallet", "claim", "--password-file", password.toString())).as(cli.err()).isZero();
        assertThat(cli.out()).contains("has no rewards to claim right now");
    }

    @Test
    void aWrongPasswordClaimsNothing() throws Exception {
        Path password = cli.secret("password", "a long test password");
        Path key = cli.secret("key", OracleTestNet.ALICE.getEcKeyPair().getPrivateKey().toString(16));
        cli.run("wallet", "import", "--private-key-file", key.toString(), "--password-file", password.toString());

        assertThat(cli.run("wallet", "claim", "--password-file", cli.secret("wrong", "not it").toString())).isEqualTo(2);
        assertThat(cli.err()).contains("The password does not open this wallet.");
        assertThat(net.balance(OracleTestNet.ALICE.getAddress())).isZero();
    }
}
