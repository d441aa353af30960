package io.outpost.app.rewards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.outpost.app.chain.StakeTokens;
import io.outpost.app.storage.LocalDatabase;
import io.outpost.devnet.EarningNet;
import io.outpost.app.transactions.TransactionJournal;
import io.outpost.app.transactions.TransactionSender;
import io.outpost.devnet.OracleTestNet;
import io.outpost.network.NetworkProfile;
import io.outpost.network.http.Delayer;
import io.outpost.network.http.Http;
import io.outpost.network.rpc.Fees;
import io.outpost.network.rpc.JsonRpcClient;
import io.outpost.network.rpc.ReceiptPoller;
import io.outpost.network.rpc.ReceiptPoller.Outcome;
import io.outpost.network.rpc.RpcOptions;
import io.outpost.wallet.tx.TransactionSigner;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A whole reward cycle: heartbeats, an epoch closed by the reference oracle, the owner's checked claim. */
@Timeout(120)
class ClaimRewardsTest {
    private static final BigInteger ALICE_KEY = OracleTestNet.ALICE.getEcKeyPair().getPrivateKey();
    private static final String ALICE = OracleTestNet.ALICE.getAddress();

    @TempDir
    Path folder;
    private EarningNet earning;
    private OracleTestNet net;
    private LocalDatabase database;
    private ClaimRewards claims;
    private JsonRpcClient rpc;
    private StakeTokens staking;

    @BeforeEach
    void start() throws Exception {
        earning = EarningNet.start(folder);
        net = earning.chain();
        NetworkProfile profile = earning.profile();
        rpc = new JsonRpcClient(Http.newClient(Duration.ofSeconds(5)), profile.rpcUrls(), RpcOptions.defaults(), Delayer.real(),
                Clock.systemUTC());
        database = LocalDatabase.open(folder.resolve("outpost.db"));
        TransactionSender sender = new TransactionSender(new TransactionJournal(database), rpc,
                new ReceiptPoller(rpc, Delayer.real(), Duration.ofMillis(50)), Clock.systemUTC());
        claims = new ClaimRewards(profile, rpc, earning.oracleClient(), sender);
        staking = new StakeTokens(profile, rpc, sender);
    }

    @AfterEach
    void stop() {
        database.close();
        earning.close();
    }

    private void earnOneEpoch() throws Exception {
        earning.earnFirstEpoch(OracleTestNet.ALICE);
    }

    @Test
    void anOwnerClaimsWhatTheOracleProvesAndThenHasNothingMoreToClaim() throws Exception {
        earnOneEpoch();

        ClaimRewards.Claimable due = claims.check(ALICE).get(30, TimeUnit.SECONDS).orElseThrow();
        assertThat(due.amount()).isPositive();
        Fees.Fee fee = new Fees(rpc).suggest().get(30, TimeUnit.SECONDS).normal();
        Outcome outcome = claims.claim(due, fee, tx -> new TransactionSigner().sign(tx, ALICE_KEY)).get(60, TimeUnit.SECONDS);

        assertThat(outcome).isInstanceOfSatisfying(Outcome.Mined.class, mined -> assertThat(mined.receipt().success()).isTrue());
        assertThat(net.balance(ALICE)).isEqualTo(due.amount());
        assertThat(claims.check(ALICE).get(30, TimeUnit.SECONDS)).isEmpty();
    }

    @Test
    void claimedRewardsAreStakedAtOnce() throws Exception {
        earnOneEpoch();
        ClaimRewards.Claimable due = claims.check(ALICE).get(30, TimeUnit.SECONDS).orElseThrow();
        Fees.Fee fee = new Fees(rpc).suggest().get(30, TimeUnit.SECONDS).normal();
        claims.claim(due, fee, tx -> new TransactionSigner().sign(tx, ALICE_KEY)).get(60, TimeUnit.SECONDS);

        Outcome staked = staking.stake(ALICE, due.amount(), fee, tx -> new TransactionSigner().sign(tx, ALICE_KEY))
                .get(60, TimeUnit.SECONDS);

        assertThat(staked).isInstanceOfSatisfying(Outcome.Mined.class, mined -> assertThat(mined.receipt().success()).isTrue());
        assertThat(net.balance(ALICE)).isZero();
        assertThat(staking.status(ALICE).join().staked()).isEqualTo(due.amount());
    }

    @Test
    void aProofThatDoesNotLeadToTheRootOnChainIsNeverSigned() throws Exception {
        earnOneEpoch();
        ClaimRewards.Claimable due = claims.check(ALICE).get(30, TimeUnit.SECONDS).orElseThrow();
        ClaimRewards.Claimable inflated = new ClaimRewards.Claimable(ALICE, due.amount().add(BigInteger.ONE),
                due.cumulativeAmount().add(BigInteger.ONE), due.epoch(), due.proof());

        assertThatThrownBy(() -> claims.claim(inflated, new Fees(rpc).suggest().join().normal(), tx -> {
            throw new AssertionError("asked to sign a claim that would revert");
        }).get(30, TimeUnit.SECONDS)).hasMessageContaining("InvalidProof");
        assertThat(net.balance(ALICE)).isZero();
    }
}
