package io.outpost.devnet.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.uber.h3core.H3Core;
import io.outpost.devices.crypto.DeviceKey;
import io.outpost.devnet.OracleTestNet;
import io.outpost.devnet.merkle.CumulativeMerkleTree;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.crypto.Credentials;
import org.web3j.utils.Numeric;
import tools.jackson.databind.JsonNode;

/**
 * Closing epochs against a real distributor: the root goes on-chain, owners claim with the proofs the
 * oracle serves, and the state (seq memory, posted epochs, proofs) survives a restart.
 */
@Timeout(180)
class EpochPostingTest {
    private static final long GENESIS = 1_900_000_000L;
    private static final BigInteger TOKEN = BigInteger.TEN.pow(18);
    private static final BigInteger EMISSION = BigInteger.valueOf(1000).multiply(TOKEN);
    private static final String CAROL = OracleTestNet.CAROL.getAddress();
    private static final String ALICE = OracleTestNet.ALICE.getAddress();

    @TempDir
    Path folder;
    private OracleTestNet net;
    private TestClock clock;
    private ReferenceOracle oracle;
    private OracleClient client;
    private long berlin;
    private long paris;

    @BeforeEach
    void start() throws Exception {
        net = OracleTestNet.start();
        clock = new TestClock(GENESIS);
        H3Core h3 = H3Core.newInstance();
        berlin = h3.latLngToCell(52.52, 13.405, 12);
        paris = h3.latLngToCell(48.8566, 2.3522, 12);
        startOracle();
    }

    private void startOracle() throws IOException {
        oracle = ReferenceOracle.start(config().build());
        client = new OracleClient(oracle.uri());
    }

    private OracleConfig.Builder config() {
        return OracleConfigs.forNet(net, folder.resolve("oracle.db"), clock).genesis(GENESIS).emissionPerDevice(EMISSION);
    }

    @AfterEach
    void stop() {
        oracle.close();
        net.close();
    }

    /**
     * Heartbeats every 90 s from {@code from} (seconds after genesis), and one 30 s before {@code to}: up for
     * all of [from, to). Returns the next seq.
     */
    private long upBetween(DeviceKey device, long firstSeq, long from, long to) throws Exception {
        long seq = firstSeq;
        for (long offset : LongStream.concat(LongStream.iterate(from, t -> t < to - 30, t -> t + 90), LongStream.of(to - 30))
                .toArray()) {
            clock.set(GENESIS + offset);
            assertThat(client.post(OracleClient.heartbeat(device, seq++, GENESIS + offset)).status()).isEqualTo(202);
        }
        return seq;
    }

    private DeviceKey device(Credentials owner, long location) throws Exception {
        DeviceKey device = net.newDevice();
        net.register(device, owner, location);
        return device;
    }

    private JsonNode rewards(String owner) throws Exception {
        OracleClient.Answer answer = client.get("/v1/rewards/" + owner);
        assertThat(answer.status()).isEqualTo(200);
        return answer.body();
    }

    private boolean claim(JsonNode rewards) throws Exception {
        return net.claim(rewards.path("owner").asString(), new BigInteger(rewards.path("cumulativeAmount").asString()),
                rewards.path("proof").valueStream().map(JsonNode::asString).toList());
    }

    @Test
    void aClosedEpochsRootIsPostedAndEachClaimPaysOnlyWhatIsNew() throws Exception {
        DeviceKey carols = device(OracleTestNet.CAROL, berlin);
        DeviceKey alices = device(OracleTestNet.ALICE, paris);
        upBetween(carols, 0, 0, 3600);
        upBetween(alices, 0, 1800, 3600);

        clock.set(GENESIS + 3600);
        assertThat(oracle.closeDueEpochs()).containsExactly(1L);
        assertThat(net.postedEpoch()).isEqualTo(BigInteger.ONE);
        JsonNode posted = client.get("/v1/epochs").body().path("posted").get(0);
        assertThat(posted.path("epoch").asLong()).isEqualTo(1);
        assertThat(posted.path("root").asString()).isEqualTo(net.merkleRoot());
        assertThat(posted.path("totalAmount").asString()).isEqualTo(EMISSION.multiply(BigInteger.valueOf(3)).divide(BigInteger.TWO).toString());
        assertThat(posted.path("txHash").asString()).startsWith("0x").hasSize(66);

        JsonNode carol = rewards(CAROL);
        assertThat(carol.path("epoch").asLong()).isEqualTo(1);
        assertThat(carol.path("root").asString()).isEqualTo(net.merkleRoot());
        assertThat(carol.path("cumulativeAmount").asString()).isEqualTo(EMISSION.toString());
        assertThat(claim(carol)).isTrue();
        assertThat(net.balance(CAROL)).isEqualTo(EMISSION);
        assertThat(rewards(ALICE).path("cumulativeAmount").asString()).as("half the epoch")
                .isEqualTo(EMISSION.divide(BigInteger.TWO).toString());
        OracleClient.Answer nobody = client.get("/v1/rewards/" + OracleTestNet.BOB.getAddress());
        assertThat(nobody.status()).isEqualTo(404);
        assertThat(nobody.error()).isEqualTo("no_rewards");

        // Epoch 2: Carol stakes half the boost's cap (boost 1.25); Alice's device is silent.
        BigInteger stake = BigInteger.valueOf(500).multiply(TOKEN);
        net.stake(OracleTestNet.CAROL, stake);
        upBetween(carols, 100, 3600, 7200);
        clock.set(GENESIS + 7200);
        assertThat(oracle.closeDueEpochs()).containsExactly(2L);

        BigInteger epochTwo = EMISSION.multiply(BigInteger.valueOf(5)).divide(BigInteger.valueOf(4));
        JsonNode carolAgain = rewards(CAROL);
        assertThat(carolAgain.path("epoch").asLong()).isEqualTo(2);
        assertThat(carolAgain.path("cumulativeAmount").asString()).isEqualTo(EMISSION.add(epochTwo).toString());
        assertThat(claim(carolAgain)).isTrue();
        assertThat(net.balance(CAROL)).as("paid only the second epoch").isEqualTo(EMISSION.subtract(stake).add(epochTwo));
        assertThat(claim(carolAgain)).as("claim twice").isFalse();
        assertThat(claim(rewards(ALICE))).as("one claim covers epoch 1 in the second tree").isTrue();
        assertThat(net.balance(ALICE)).isEqualTo(EMISSION.divide(BigInteger.TWO));
    }

    @Test
    void anEpochWithoutRewardsPostsAnUnclaimableTreeAndTheNextOneFollows() throws Exception {
        clock.set(GENESIS + 3600 * 2 + 5);
        assertThat(oracle.closeDueEpochs()).containsExactly(1L, 2L);
        assertThat(net.postedEpoch()).isEqualTo(BigInteger.TWO);
        String placeholder = Numeric.toHexString(new CumulativeMerkleTree(
                Map.of(OracleTestNet.BOB.getAddress(), BigInteger.ZERO)).root());
        assertThat(net.merkleRoot()).isEqualTo(placeholder);
        assertThat(client.get("/v1/epochs").body().path("posted").valueStream().map(e -> e.path("totalAmount").asString()))
                .containsExactly("0", "0");
        assertThat(client.get("/v1/rewards/" + OracleTestNet.BOB.getAddress()).status()).isEqualTo(404);
        assertThat(net.claim(OracleTestNet.BOB.getAddress(), BigInteger.ZERO, List.of())).as("the zero leaf").isFalse();
        assertThat(oracle.closeDueEpochs()).as("nothing more has ended").isEmpty();
    }

    @Test
    void aRestartKeepsSeqMemoryPostedEpochsAndProofs() throws Exception {
        DeviceKey carols = device(OracleTestNet.CAROL, berlin);
        long nextSeq = upBetween(carols, 7, 3000, 3600);
        clock.set(GENESIS + 3600);
        oracle.closeDueEpochs();
        JsonNode before = client.get("/v1/epochs").body().path("posted");
        JsonNode proof = rewards(CAROL);
        oracle.close();

        assertThatThrownBy(() -> ReferenceOracle.start(config().epochSeconds(60).build()))
                .isInstanceOf(IOException.class).hasMessageContaining("60 s");
        clock.advance(10);
        startOracle();
        assertThat(client.get("/v1/epochs").body().path("posted")).isEqualTo(before);
        assertThat(rewards(CAROL)).isEqualTo(proof);
        assertThat(client.post(OracleClient.heartbeat(carols, nextSeq - 1, clock.now())).error()).isEqualTo("replayed");
        assertThat(client.post(OracleClient.heartbeat(carols, nextSeq, clock.now())).status()).isEqualTo(202);
        assertThat(oracle.closeDueEpochs()).isEmpty();
        assertThat(claim(proof)).isTrue();
    }

    @Test
    void theGenesisOfTheFirstStartIsKeptAcrossRestarts() throws Exception {
        Path database = folder.resolve("second.db");
        clock.set(GENESIS + 5000);
        try (ReferenceOracle first = ReferenceOracle.start(OracleConfigs.forNet(net, database, clock).build())) {
            assertThat(new OracleClient(first.uri()).get("/v1/epochs").body().path("genesis").asLong())
                    .isEqualTo(GENESIS + 5000);
        }
        clock.advance(5000);
        try (ReferenceOracle second = ReferenceOracle.start(OracleConfigs.forNet(net, database, clock).build())) {
            JsonNode epochs = new OracleClient(second.uri()).get("/v1/epochs").body();
            assertThat(epochs.path("genesis").asLong()).isEqualTo(GENESIS + 5000);
            assertThat(epochs.path("current").path("epoch").asLong()).isEqualTo(2);
        }
    }

    @Test
    void aChainThatStopsAnsweringGetsUnavailableNotACrash() throws Exception {
        DeviceKey device = device(OracleTestNet.CAROL, berlin);
        clock.set(GENESIS + 3600);
        net.close();
        OracleClient.Answer answer = client.post(OracleClient.heartbeat(device, 0, clock.now()));
        assertThat(answer.status()).isEqualTo(503);
        assertThat(answer.error()).isEqualTo("unavailable");
        assertThatThrownBy(oracle::closeDueEpochs).isInstanceOf(IOException.class);
        assertThat(client.get("/v1/health").status()).isEqualTo(200);
    }

    @Test
    void anEpochFoundOnChainAfterARestartIsRecordedAndNotSentAgain() throws Exception {
        clock.set(GENESIS + 3600);
        oracle.closeDueEpochs();
        oracle.close();
        // As if the oracle had stopped after the chain took the root but before it wrote that down.
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("oracle.db"))) {
            db.createStatement().executeUpdate("UPDATE epochs SET status = 'COMPUTED', tx_hash = NULL, raw_tx = NULL");
        }
        BigInteger nonce = net.nonce(OracleTestNet.BOB);

        startOracle();
        assertThat(oracle.closeDueEpochs()).isEmpty();
        assertThat(net.nonce(OracleTestNet.BOB)).as("no second transaction").isEqualTo(nonce);
        assertThat(client.get("/v1/epochs").body().path("posted").get(0).path("epoch").asLong()).isEqualTo(1);
        clock.set(GENESIS + 7200);
        assertThat(oracle.closeDueEpochs()).containsExactly(2L);
        assertThat(net.postedEpoch()).isEqualTo(BigInteger.TWO);
    }

    @Test
    void theSchedulerClosesAnEpochWhenItEnds() throws Exception {
        oracle.close();
        oracle = ReferenceOracle.start(config().closeOnSchedule(true).build());
        client = new OracleClient(oracle.uri());
        clock.set(GENESIS + 3600);
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (net.postedEpoch().signum() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(net.postedEpoch()).isEqualTo(BigInteger.ONE);
    }
}
