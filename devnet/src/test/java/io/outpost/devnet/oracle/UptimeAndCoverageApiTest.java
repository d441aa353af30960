package io.outpost.devnet.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.uber.h3core.H3Core;
import io.outpost.devices.crypto.DeviceKey;
import io.outpost.devnet.OracleTestNet;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** GET uptime, coverage and epochs with numbers, from heartbeats posted at known times. */
@Timeout(180)
class UptimeAndCoverageApiTest {
    private static final long GENESIS = 1_900_000_000L;

    @TempDir
    static Path folder;
    private static RunningOracle running;
    private static TestClock clock;
    private static OracleClient client;
    private static H3Core h3;

    @BeforeAll
    static void start() throws Exception {
        running = RunningOracle.start(folder, GENESIS);
        clock = running.clock();
        client = running.client();
        h3 = H3Core.newInstance();
    }

    @AfterAll
    static void stop() {
        running.close();
    }

    /** Posts the device's heartbeats, each with the oracle clock set to its time. */
    private static void beat(DeviceKey device, long... offsets) throws Exception {
        long seq = 0;
        for (long offset : offsets) {
            clock.set(GENESIS + offset);
            assertThat(client.post(OracleClient.heartbeat(device, seq++, GENESIS + offset)).status()).isEqualTo(202);
        }
    }

    private static DeviceKey device(long location) throws Exception {
        return running.device(OracleTestNet.ALICE, location);
    }

    @Test
    void uptimeAndCoverageOfAnEpochAndAcrossItsEnd() throws Exception {
        long berlin = h3.latLngToCell(52.5200, 13.4050, 12);
        long berlinCell = h3.cellToParent(berlin, 8);
        List<Long> siblings = h3.cellToChildren(berlinCell, 12);
        long neighbour = siblings.get(0) == berlin ? siblings.get(1) : siblings.get(0);
        long paris = h3.latLngToCell(48.8566, 2.3522, 12);
        DeviceKey a = device(berlin);
        DeviceKey b = device(neighbour);
        DeviceKey c = device(paris);
        DeviceKey idle = device(paris);

        beat(a, 0, 30, 60, 300);
        beat(b, 100);
        beat(c, 3570, 3630);

        JsonNode uptimeA = client.get("/v1/devices/" + a.address().value() + "/uptime?epoch=1").body();
        assertThat(uptimeA.path("device").asString()).isEqualTo(a.address().value());
        assertThat(uptimeA.path("epoch").asLong()).isEqualTo(1);
        assertThat(intervals(uptimeA)).containsExactly(List.of(GENESIS, GENESIS + 90), List.of(GENESIS + 300, GENESIS + 330));
        assertThat(uptimeA.path("fraction").asDouble()).isCloseTo(120 / 3600.0, within(1e-12));

        JsonNode uptimeC1 = client.get("/v1/devices/" + c.address().value() + "/uptime?epoch=1").body();
        assertThat(intervals(uptimeC1)).containsExactly(List.of(GENESIS + 3570, GENESIS + 3600));
        JsonNode uptimeC2 = client.get("/v1/devices/" + c.address().value() + "/uptime?epoch=2").body();
        assertThat(intervals(uptimeC2)).containsExactly(List.of(GENESIS + 3600, GENESIS + 3660));
        assertThat(uptimeC2.path("fraction").asDouble()).isCloseTo(60 / 3600.0, within(1e-12));
        JsonNode none = client.get("/v1/devices/" + idle.address().value().toUpperCase().replace("0X", "0x") + "/uptime").body();
        assertThat(none.path("epoch").asLong()).as("the open epoch by default").isEqualTo(2);
        assertThat(none.path("intervals").isEmpty()).isTrue();
        assertThat(none.path("fraction").asDouble()).isZero();

        JsonNode coverage = client.get("/v1/coverage?epoch=1").body();
        assertThat(coverage.path("resolution").asInt()).isEqualTo(8);
        assertThat(cells(coverage)).containsExactlyInAnyOrder(
                List.of(Long.toHexString(berlinCell), 2, 1 / Math.sqrt(2)),
                List.of(Long.toHexString(h3.cellToParent(paris, 8)), 1, 1.0));
        assertThat(cells(client.get("/v1/coverage?epoch=2").body())).containsExactly(
                List.of(Long.toHexString(h3.cellToParent(paris, 8)), 1, 1.0));

        JsonNode epochs = client.get("/v1/epochs").body();
        assertThat(epochs.path("epochSeconds").asLong()).isEqualTo(3600);
        assertThat(epochs.path("genesis").asLong()).isEqualTo(GENESIS);
        assertThat(epochs.path("current").path("epoch").asLong()).isEqualTo(2);
        assertThat(epochs.path("current").path("start").asLong()).isEqualTo(GENESIS + 3600);
        assertThat(epochs.path("current").path("end").asLong()).isEqualTo(GENESIS + 7200);
        assertThat(epochs.path("posted").isEmpty()).isTrue();
    }

    private static List<List<Long>> intervals(JsonNode uptime) {
        return uptime.path("intervals").valueStream()
                .map(i -> List.of(i.path("from").asLong(), i.path("to").asLong())).toList();
    }

    private static List<List<Object>> cells(JsonNode coverage) {
        return coverage.path("cells").valueStream()
                .map(c -> List.<Object>of(c.path("cell").asString(), c.path("devices").asInt(), c.path("scale").asDouble()))
                .toList();
    }
}
