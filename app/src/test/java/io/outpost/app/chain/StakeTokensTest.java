package io.outpost.app.chain;

import static io.outpost.app.chain.TestWallet.assertMined;
import static io.outpost.app.chain.TestWallet.refuseToSign;
import static io.outpost.app.chain.TestWallet.signer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.outpost.app.transactions.JournalEntry;
import io.outpost.devnet.OracleTestNet;
import io.outpost.network.rpc.RpcException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Stake, request an unstake, be refused before the cooldown's end, travel in time and withdraw: on anvil. */
@Timeout(120)
class StakeTokensTest {
    private static final String CAROL = OracleTestNet.CAROL.getAddress();

    @TempDir
    Path folder;
    private TestWallet wallet;
    private StakeTokens staking;

    @BeforeEach
    void start() throws Exception {
        wallet = new TestWallet(folder);
        staking = new StakeTokens(wallet.profile, wallet.rpc, wallet.sender);
    }

    @AfterEach
    void stop() {
        wallet.close();
    }

    @Test
    void aStakeIsUnstakedOnlyAfterItsCooldownAndPaysBackInFull() throws Exception {
        wallet.net.award(CAROL, BigInteger.valueOf(1_000));

        assertMined(staking.stake(CAROL, BigInteger.valueOf(600), wallet.fee(), signer(OracleTestNet.CAROL))
                .get(60, TimeUnit.SECONDS));
        assertThat(wallet.journal.ofAccount(wallet.profile.chainId(), CAROL)).extracting(JournalEntry::to)
                .as("the stake, then its approval").containsExactly(Optional.of(wallet.net.staking()),
                        Optional.of(wallet.net.token()));
        assertThat(staking.status(CAROL).join()).isEqualTo(new StakeTokens.Status(BigInteger.valueOf(600), BigInteger.ZERO,
                Optional.empty()));
        assertThat(wallet.net.balance(CAROL)).isEqualTo(400);

        assertMined(staking.requestUnstake(CAROL, BigInteger.valueOf(250), wallet.fee(), signer(OracleTestNet.CAROL))
                .get(60, TimeUnit.SECONDS));
        long requestedAt = wallet.net.latestBlockTime().longValueExact();
        StakeTokens.Status cooling = staking.status(CAROL).join();
        assertThat(cooling.staked()).isEqualTo(350);
        assertThat(cooling.cooling()).isEqualTo(250);
        assertThat(cooling.withdrawableFrom()).hasValueSatisfying(at -> assertThat(at)
                .isEqualTo(Instant.ofEpochSecond(requestedAt + 60)));

        assertThatThrownBy(() -> staking.withdraw(CAROL, wallet.fee(), refuseToSign()).join())
                .isInstanceOf(CompletionException.class).cause().isInstanceOfSatisfying(RpcException.Reverted.class,
                        reverted -> assertThat(reverted.errorName()).isEqualTo("CoolingDown"));
        assertThat(wallet.net.balance(CAROL)).isEqualTo(400);

        wallet.net.advanceTime(61);
        assertMined(staking.withdraw(CAROL, wallet.fee(), signer(OracleTestNet.CAROL)).get(60, TimeUnit.SECONDS));
        assertThat(wallet.net.balance(CAROL)).isEqualTo(650);
        assertThat(staking.status(CAROL).join()).isEqualTo(new StakeTokens.Status(BigInteger.valueOf(350), BigInteger.ZERO,
                Optional.empty()));
    }

    @Test
    void moreThanTheStakeCannotBeUnstakedAndNothingIsSigned() throws Exception {
        wallet.net.award(CAROL, BigInteger.valueOf(100));
        assertMined(staking.stake(CAROL, BigInteger.valueOf(100), wallet.fee(), signer(OracleTestNet.CAROL)).get(60, TimeUnit.SECONDS));

        assertThatThrownBy(() -> staking.requestUnstake(CAROL, BigInteger.valueOf(101), wallet.fee(), refuseToSign()).join())
                .cause().isInstanceOfSatisfying(RpcException.Reverted.class,
                        reverted -> assertThat(reverted.errorName()).isEqualTo("InsufficientStake"));
    }
}
