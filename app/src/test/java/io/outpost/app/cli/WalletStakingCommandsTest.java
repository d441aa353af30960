package io.outpost.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.outpost.devnet.EarningNet;
import io.outpost.devnet.OracleTestNet;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code outpost wallet stake|unstake|withdraw} on a real anvil: the whole cycle, the cooldown told as a date. */
@Timeout(120)
class WalletStakingCommandsTest {
    private static final String ALICE = OracleTestNet.ALICE.getAddress();
    private static final BigInteger OPT = BigInteger.TEN.pow(18);

    @TempDir
    Path temp;
    private EarningNet earning;
    private Path password;
    private WalletCli cli;

    @BeforeEach
    void start() throws Exception {
        earning = EarningNet.start(temp);
        cli = new WalletCli(temp);
        cli.useNetwork(earning.profile());
        earning.earnFirstEpoch(OracleTestNet.ALICE);
        password = cli.secret("password", "a long test password");
        cli.importAlice(password);
        assertThat(cli.run("wallet", "claim", "--password-file", password.toString())).as(cli.err()).isZero(); // 9.5 OPT
    }

    @AfterEach
    void stop() {
        earning.close();
    }



    private int staking(String command, String... more) {
        return cli.run(Stream.concat(Stream.of("wallet", command, "--password-file", password.toString()), Arrays.stream(more))
                .toArray(String[]::new));
    }

    @Test
    void stakeUnstakeAndWithdrawAfterTheCooldown() throws Exception {
        assertThat(staking("stake", "5")).as(cli.err()).isZero();
        assertThat(cli.out()).contains("Staked 5 OPT from 0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266. Staked in all: 5 OPT.");

        assertThat(staking("unstake", "2")).as(cli.err()).isZero();
        assertThat(cli.out()).contains("2 OPT of 0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266 is cooling down: you can withdraw it from ");

        assertThat(staking("withdraw")).isEqualTo(4);
        assertThat(cli.err()).contains("are still cooling down: you can withdraw them from ");
        assertThat(earning.chain().balance(ALICE)).isEqualTo(new BigInteger("4500000000000000000"));

        earning.chain().advanceTime(61);
        assertThat(staking("withdraw")).as(cli.err()).isZero();
        assertThat(cli.out()).contains("Still staked: 3 OPT.");
        assertThat(earning.chain().balance(ALICE)).isEqualTo(new BigInteger("6500000000000000000"));

        assertThat(cli.run("wallet", "history")).as(cli.err()).isZero();
        assertThat(cli.out()).contains("Rewards claimed: 9.5 OPT.", "Staked: 5 OPT.", "Unstake started: 2 OPT.", "Withdrawn: 2 OPT.",
                "Transaction to 0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0: done.");

        assertThat(cli.run("wallet", "history", "--json")).as(cli.err()).isZero();
        JsonNode history = JsonMapper.builder().build().readTree(cli.out());
        List<JsonNode> items = history.path("items").valueStream().toList();
        assertThat(items.stream().flatMap(item -> item.path("events").valueStream())
                .map(event -> event.path("name").asString() + " " + event.path("amount").asString())).as("newest first").containsExactly(
                "Withdrawn 2000000000000000000", "UnstakeRequested 2000000000000000000", "Staked 5000000000000000000",
                "Claimed 9500000000000000000");
        JsonNode withdrawal = items.getFirst();
        assertThat(withdrawal.path("transaction").path("state").asString()).isEqualTo("mined");
        assertThat(withdrawal.path("transaction").path("to").asString()).isEqualTo("0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0");
        assertThat(withdrawal.path("events").get(0).path("transactionHash").asString())
                .isEqualTo(withdrawal.path("transaction").path("hash").asString());
        assertThat(withdrawal.path("events").get(0).path("blockNumber").asLong()).isPositive();
        assertThat(items).extracting(item -> Instant.parse(item.path("time").asString())).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(items).extracting(item -> item.path("transaction").path("nonce").asLong()).isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    void amountsAreCheckedBeforeAnythingIsSentAndTooMuchIsRefusedByName() throws Exception {
        assertThat(staking("stake", "2.5.1")).isEqualTo(2);
        assertThat(cli.err()).contains("2.5.1 is not an amount of tokens: write it with a dot and at most 18 decimals");
        assertThat(staking("stake", "0")).isEqualTo(2);
        assertThat(staking("unstake", "1")).isEqualTo(4);
        assertThat(cli.err()).contains("The network would refuse this for 0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266 (InsufficientStake)");
        assertThat(staking("withdraw")).isEqualTo(4);
        assertThat(cli.err()).contains("has nothing waiting to be withdrawn");
        assertThat(earning.chain().balance(ALICE)).isEqualTo(new BigInteger("95").multiply(OPT).divide(BigInteger.TEN));
    }
}
