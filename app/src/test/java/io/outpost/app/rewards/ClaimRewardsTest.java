package io.outpost.app.rewards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.uber.h3core.H3Core;
import io.outpost.app.chain.StakeTokens;
import io.outpost.app.storage.LocalDatabase;
import io.outpost.app.transactions.TransactionJournal;
import io.outpost.app.transactions.TransactionSender;
import io.outpost.crypto.Eip191;
import io.outpost.crypto.Hex;
import io.outpost.devices.crypto.DeviceKey;
import io.outpost.devnet.AnvilNode;
import io.outpost.devnet.OracleTestNet;
import io.outpost.devnet.oracle.OracleConfig;
import io.outpost.devnet.oracle.ReferenceOracle;
import io.outpost.network.NetworkProfile;
import io.outpost.network.NetworkProfiles;
import io.outpost.network.http.Delayer;
import io.outpost.network.http.Http;
import io.outpost.network.http.Retrier;
import io.outpost.network.http.RetryPolicy;
import io.outpost.network.oracle.Heartbeat;
import io.outpost.network.oracle.HeartbeatResult;
import io.outpost.network.oracle.OracleClient;
import io.outpost.network.rpc.Fees;
import io.outpost.network.rpc.JsonRpcClient;
import io.outpost.network.rpc.ReceiptPoller;
import io.outpost.network.rpc.ReceiptPoller.Outcome;
import io.outpost.network.rpc.RpcOptions;
import io.outpost.wallet.tx.TransactionSigner;
import java.math.BigInteger;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A whole reward cycle: heartbeats, an epoch closed by the reference oracle, the owner's checked claim. */
@Timeout(120)
class ClaimRewardsTest {
    private static final long GENESIS = 1_900_000_000L;
    private static final long EPOCH = 600;
    private static final BigInteger ALICE_KEY = OracleTestNet.ALICE.getEcKeyPair().getPrivateKey();
    private static final String ALICE = OracleTestNet.ALICE.getAddress();

    @TempDir
    Path folder;
    private final AtomicLong now = new AtomicLong(GENESIS);
    private OracleTestNet net;
    private ReferenceOracle oracle;
    private LocalDatabase database;
    private OracleClient oracleClient;
    private ClaimRewards claims;
    private JsonRpcClient rpc;
    private StakeTokens staking;

    @BeforeEach
    void start() throws Exception {
        net = OracleTestNet.start();
        Clock clock = new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return Instant.ofEpochSecond(now.get());
            }
        };
        oracle = ReferenceOracle.start(OracleConfig.builder(URI.create(net.rpcUrl()), AnvilNode.CHAIN_ID,
                        new OracleConfig.Contracts(net.registry(), net.distributor(), net.staking()), OracleTestNet.BOB,
                        folder.resolve("oracle.db"))
                .clock(clock).genesis(GENESIS).epochSeconds(EPOCH).closeOnSchedule(false).build());
        NetworkProfile builtIn = NetworkProfiles.builtIn().byIdOrDefault(NetworkProfiles.DEVNET_ID);
        NetworkProfile profile = new NetworkProfile("devnet", builtIn.name(), AnvilNode.CHAIN_ID, List.of(URI.create(net.rpcUrl())),
                new NetworkProfile.ContractAddresses(net.registry(), net.distributor(), net.staking(), net.token()),
                oracle.uri(), builtIn.token(), EPOCH, Optional.empty());
        rpc = new JsonRpcClient(Http.newClient(Duration.ofSeconds(5)), profile.rpcUrls(), RpcOptions.defaults(), Delayer.real(),
                Clock.systemUTC());
        oracleClient = new OracleClient(Http.newClient(Duration.ofSeconds(5)), oracle.uri(), Duration.ofSeconds(10),
                new Retrier(RetryPolicy.defaults(), Delayer.real()), clock);
        database = LocalDatabase.open(folder.resolve("outpost.db"));
        TransactionSender sender = new TransactionSender(new TransactionJournal(database), rpc,
                new ReceiptPoller(rpc, Delayer.real(), Duration.ofMillis(50)), Clock.systemUTC());
        claims = new ClaimRewards(profile, rpc, oracleClient, sender);
        staking = new StakeTokens(profile, rpc, sender);
    }

    @AfterEach
    void stop() {
        database.close();
        oracle.close();
        net.close();
    }

    /** A registered device of ALICE's beats through the first epoch; the oracle then closes it. */
    private void earnOneEpoch() throws Exception {
        DeviceKey device = net.newDevice();
        net.register(device, OracleTestNet.ALICE, H3Core.newInstance().latLngToCell(52.52, 13.405, 12));
        List<Heartbeat> beats = new ArrayList<>();
        for (long seq = 0; now.get() < GENESIS + EPOCH - 30; seq++, now.addAndGet(60)) {
            String address = device.address().value();
            String text = "outpost-heartbeat:" + address + ":" + seq + ":" + now.get();
            List<HeartbeatResult> results = oracleClient.postHeartbeats(List.of(new Heartbeat(address, seq, now.get(), seq * 60,
                    Hex.encode(device.sign(Eip191.hash(text)))))).join();
            assertThat(results).containsExactly(new HeartbeatResult.Accepted());
        }
        now.set(GENESIS + EPOCH + 1);
        oracle.closeDueEpochs();
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
