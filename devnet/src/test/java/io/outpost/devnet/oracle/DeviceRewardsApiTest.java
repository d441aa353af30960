package io.outpost.devnet.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.uber.h3core.H3Core;
import io.outpost.devices.crypto.DeviceKey;
import io.outpost.devnet.OracleTestNet;
import io.outpost.network.http.Delayer;
import io.outpost.network.http.Http;
import io.outpost.network.http.Retrier;
import io.outpost.network.http.RetryPolicy;
import io.outpost.network.oracle.DeviceRewards;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.crypto.Credentials;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /v1/devices/{device}/rewards}: the worked example of docs/oracle-api.md played on a real chain
 * (Ana = ALICE with 500 tokens staked, Ben = CAROL with 2,500), each device's share with its factors.
 */
@Timeout(180)
class DeviceRewardsApiTest {
    private static final long GENESIS = 1_900_000_000L;
    private static final BigInteger TOKEN = BigInteger.TEN.pow(18);

    @TempDir
    static Path folder;
    private static OracleTestNet net;
    private static TestClock clock;
    private static ReferenceOracle oracle;
    private static OracleClient client;
    private static DeviceKey d1;
    private static DeviceKey d2;
    private static DeviceKey d3;
    private static DeviceKey idle;
    private static String sharedCell;

    @BeforeAll
    static void playTheExample() throws Exception {
        net = OracleTestNet.start();
        stake(OracleTestNet.ALICE, 500);
        stake(OracleTestNet.CAROL, 2500);
        clock = new TestClock(GENESIS);
        oracle = ReferenceOracle.start(OracleConfigs.forNet(net, folder.resolve("oracle.db"), clock).genesis(GENESIS)
                .emissionPerDevice(BigInteger.TEN.multiply(TOKEN)).build());
        client = new OracleClient(oracle.uri());
        H3Core h3 = H3Core.newInstance();
        long berlin = h3.latLngToCell(52.52, 13.405, 12);
        long paris = h3.latLngToCell(48.8566, 2.3522, 12);
        long parisCell = h3.cellToParent(paris, 8);
        sharedCell = Long.toHexString(parisCell);
        List<Long> siblings = h3.cellToChildren(parisCell, 12);
        long neighbour = siblings.get(0) == paris ? siblings.get(1) : siblings.get(0);
        d1 = device(OracleTestNet.ALICE, berlin);
        d2 = device(OracleTestNet.ALICE, paris);
        d3 = device(OracleTestNet.CAROL, neighbour);
        idle = device(OracleTestNet.CAROL, berlin);
        upBetween(d1, 0, 3600);
        upBetween(d2, 0, 2700);
        upBetween(d3, 0, 1800);
        clock.set(GENESIS + 3600);
        assertThat(oracle.closeDueEpochs()).containsExactly(1L);
    }

    @AfterAll
    static void stop() {
        oracle.close();
        net.close();
    }

    private static void stake(Credentials owner, long tokens) throws Exception {
        BigInteger amount = BigInteger.valueOf(tokens).multiply(TOKEN);
        net.award(owner.getAddress(), amount);
        net.stake(owner, amount);
    }

    private static DeviceKey device(Credentials owner, long location) throws Exception {
        DeviceKey device = net.newDevice();
        net.register(device, owner, location);
        return device;
    }

    /** Heartbeats every 90 s from {@code from} and one 30 s before {@code to}: up for all of [from, to). */
    private static void upBetween(DeviceKey device, long from, long to) throws Exception {
        long seq = 0;
        for (long offset : LongStream.concat(LongStream.iterate(from, t -> t < to - 30, t -> t + 90), LongStream.of(to - 30))
                .toArray()) {
            clock.set(GENESIS + offset);
            assertThat(client.post(OracleClient.heartbeat(device, seq++, GENESIS + offset)).status()).isEqualTo(202);
        }
    }

    private static JsonNode rewards(DeviceKey device) throws Exception {
        OracleClient.Answer answer = client.get("/v1/devices/" + device.address().value() + "/rewards?epoch=1");
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
        return answer.body();
    }

    @Test
    void eachDevicesShareComesWithTheFactorsOfTheWorkedExample() throws Exception {
        JsonNode first = rewards(d1);
        assertThat(first.path("device").asString()).isEqualTo(d1.address().value());
        assertThat(first.path("epoch").asLong()).isEqualTo(1);
        assertThat(first.path("start").asLong()).isEqualTo(GENESIS);
        assertThat(first.path("end").asLong()).isEqualTo(GENESIS + 3600);
        assertThat(first.path("owner").asString()).isEqualToIgnoringCase(OracleTestNet.ALICE.getAddress());
        assertThat(first.path("networkUptime").asDouble()).isEqualTo(1.0);
        assertThat(first.path("devicesInCell").asInt()).isEqualTo(1);
        assertThat(first.path("scale").asDouble()).isEqualTo(1.0);
        assertThat(first.path("boost").asDouble()).isEqualTo(1.25);
        assertThat(first.path("emission").asString()).isEqualTo("10000000000000000000");
        assertThat(first.path("amount").asString()).isEqualTo("12500000000000000000");

        JsonNode second = rewards(d2);
        assertThat(second.path("networkUptime").asDouble()).isEqualTo(0.75);
        assertThat(second.path("cell").asString()).isEqualTo(sharedCell);
        assertThat(second.path("devicesInCell").asInt()).isEqualTo(2);
        assertThat(second.path("scale").asDouble()).isCloseTo(1 / Math.sqrt(2), within(1e-12));
        assertThat(second.path("amount").asString()).isEqualTo("6629126073623883041");

        JsonNode third = rewards(d3);
        assertThat(third.path("owner").asString()).isEqualToIgnoringCase(OracleTestNet.CAROL.getAddress());
        assertThat(third.path("networkUptime").asDouble()).isEqualTo(0.5);
        assertThat(third.path("boost").asDouble()).as("capped").isEqualTo(1.5);
        assertThat(third.path("amount").asString()).isEqualTo("5303300858899106433");
    }

    @Test
    void anOpenEpochAnUnpaidDeviceAndAMissingEpochAreRefused() throws Exception {
        String path = "/v1/devices/" + d1.address().value() + "/rewards";
        assertThat(client.get(path + "?epoch=2").error()).isEqualTo("unknown_epoch");
        assertThat(client.get(path + "?epoch=0").error()).isEqualTo("unknown_epoch");
        assertThat(client.get(path).error()).isEqualTo("malformed");
        OracleClient.Answer unpaid = client.get("/v1/devices/" + idle.address().value() + "/rewards?epoch=1");
        assertThat(unpaid.status()).isEqualTo(404);
        assertThat(unpaid.error()).isEqualTo("not_paid");
    }

    @Test
    void theNetworkModulesClientReadsTheSameShare() {
        io.outpost.network.oracle.OracleClient network = new io.outpost.network.oracle.OracleClient(
                Http.newClient(Duration.ofSeconds(5)), oracle.uri(), Duration.ofSeconds(10),
                new Retrier(RetryPolicy.defaults(), Delayer.real()), clock);
        DeviceRewards share = network.deviceRewards(d2.address().value(), 1).join().orElseThrow();
        assertThat(share.amount()).isEqualTo(new BigInteger("6629126073623883041"));
        assertThat(share.stake()).isEqualTo(BigInteger.valueOf(500).multiply(TOKEN));
        assertThat(share.coveredSeconds()).isEqualTo(2700);
        assertThat(share.boost()).isEqualTo(1.25);
        assertThat(network.deviceRewards(idle.address().value(), 1).join()).isEqualTo(Optional.empty());
    }
}
