package io.outpost.network.oracle;

import static io.outpost.network.http.Futures.failure;
import static io.outpost.network.http.ScriptedServer.after;
import static io.outpost.network.http.ScriptedServer.json;
import static io.outpost.network.http.ScriptedServer.status;
import static org.assertj.core.api.Assertions.assertThat;

import io.outpost.network.http.Http;
import io.outpost.network.http.RecordingDelayer;
import io.outpost.network.http.Retrier;
import io.outpost.network.http.RetryPolicy;
import io.outpost.network.http.ScriptedServer;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The oracle client against a real HTTP server that plays the oracle API of /tmp/common.md, faults included. */
@Timeout(30)
class OracleClientTest {
    private static final String DEVICE = "0x90f79bf6eb2c4f870365e785982e1f101e93b906";
    private static final Heartbeat BEAT = new Heartbeat(DEVICE, 7, 1_790_000_000L, 3600, "0x" + "ab".repeat(65));

    private final HttpClient http = Http.newClient(Duration.ofSeconds(2));
    private final RecordingDelayer delayer = new RecordingDelayer();
    private final ScriptedServer oracle = ScriptedServer.start();
    private final OracleClient client = new OracleClient(http, URI.create(oracle.url() + "/"), Duration.ofMillis(400),
            new Retrier(new RetryPolicy(3, Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofSeconds(20), () -> 0L), delayer),
            Clock.systemUTC());

    OracleClientTest() throws Exception {
    }

    @AfterEach
    void stop() {
        oracle.close();
        http.close();
    }


    @Test
    void aHeartbeatIsPostedAsTheOdpParamsObject() throws Exception {
        oracle.otherwise(json(202, "{\"status\":\"accepted\"}"));
        client.postHeartbeat(BEAT).get();
        ScriptedServer.Request request = oracle.requests().getFirst();
        assertThat(request.method() + " " + request.path()).isEqualTo("POST /v1/heartbeats");
        assertThat(request.json().properties()).extracting(Map.Entry::getKey)
                .containsExactlyInAnyOrder("device", "seq", "time", "uptime", "signature");
        assertThat(request.json().path("seq").asLong()).isEqualTo(7);
    }

    @Test
    void aRefusedHeartbeatCarriesTheOraclesCodeAndIsNotRetried() {
        oracle.otherwise(json(409, "{\"error\":\"replayed\",\"message\":\"seq 7 is not above 9\"}"));
        Throwable error = failure(client.postHeartbeat(BEAT));
        assertThat(error).isInstanceOf(OracleException.Refused.class).hasMessageContaining("seq 7 is not above 9");
        assertThat(((OracleException) error).code()).hasValue("replayed");
        assertThat(((OracleException.Refused) error).status()).isEqualTo(409);
        assertThat(oracle.requests()).hasSize(1);
    }

    @Test
    void aRateLimitedHeartbeatIsPostedAgainAfterTheRetryAfter() throws Exception {
        oracle.then(json(429, "{\"error\":\"rate_limited\",\"message\":\"slow down\"}", Map.of("Retry-After", "4")))
                .then(status(503, Map.of())).otherwise(json(202, "{\"status\":\"accepted\"}"));
        client.postHeartbeat(BEAT).get();
        assertThat(oracle.requests()).hasSize(3);
        assertThat(delayer.waits()).containsExactly(Duration.ofSeconds(4), Duration.ofMillis(100));
    }

    @Test
    void aBatchGivesOneResultPerHeartbeatAndLongListsGoInRequestsOf100() throws Exception {
        oracle.otherwise((exchange, body) -> {
            int count = new ScriptedServer.Request("", "", body).json().size();
            String results = String.join(",", IntStream.range(0, count).mapToObj(i -> i == 1
                    ? "{\"error\":\"stale_time\",\"message\":\"too old\"}" : "{\"status\":\"accepted\"}").toList());
            json(200, "{\"results\":[" + results + "]}").answer(exchange, body);
        });
        List<Heartbeat> beats = IntStream.range(0, 150).mapToObj(i -> new Heartbeat(DEVICE, i, 1_790_000_000L, i, BEAT.signature())).toList();
        List<HeartbeatResult> results = client.postHeartbeats(beats).get();
        assertThat(results).hasSize(150);
        assertThat(results.get(1)).isEqualTo(new HeartbeatResult.Refused("stale_time", "too old"));
        assertThat(results.get(101)).isEqualTo(new HeartbeatResult.Refused("stale_time", "too old"));
        assertThat(results.stream().filter(HeartbeatResult.Accepted.class::isInstance)).hasSize(148);
        assertThat(oracle.requests()).extracting(request -> request.json().size()).containsExactly(100, 50);
    }

    @Test
    void getsReadTheApiRecords() throws Exception {
        oracle.then(json(200, "{\"status\":\"ok\",\"chainId\":31337,\"epoch\":4}"))
                .then(json(200, "{\"epochSeconds\":3600,\"genesis\":1790000000,\"current\":{\"epoch\":4,\"start\":1790010800,"
                        + "\"end\":1790014400},\"posted\":[{\"epoch\":3,\"root\":\"0x01\",\"totalAmount\":\"1000000000000000000000\","
                        + "\"txHash\":\"0x02\"}]}"))
                .then(json(200, "{\"device\":\"" + DEVICE + "\",\"epoch\":3,\"intervals\":[{\"from\":10,\"to\":20}],\"fraction\":0.25}"))
                .then(json(200, "{\"epoch\":3,\"resolution\":8,\"cells\":[{\"cell\":\"88283082bffffff\",\"devices\":2,\"scale\":0.5}]}"));
        assertThat(client.health().get()).isEqualTo(new Health("ok", 31337, 4));
        Epochs epochs = client.epochs().get();
        assertThat(epochs.current()).isEqualTo(new Epochs.Current(4, 1790010800L, 1790014400L));
        assertThat(epochs.posted().getFirst().totalAmount()).isEqualTo(new BigInteger("1000000000000000000000"));
        assertThat(client.uptime(DEVICE, 3).get()).isEqualTo(new Uptime(DEVICE, 3, List.of(new Uptime.Interval(10, 20)), 0.25));
        assertThat(client.coverage(3).get().cells()).containsExactly(new Coverage.Cell("88283082bffffff", 2, 0.5));
        assertThat(oracle.requests()).extracting(ScriptedServer.Request::path).containsExactly("/v1/health", "/v1/epochs",
                "/v1/devices/" + DEVICE + "/uptime?epoch=3", "/v1/coverage?epoch=3");
    }

    @Test
    void rewardsAreEmptyWhenTheOracleSaysNoRewards() throws Exception {
        oracle.then(json(404, "{\"error\":\"no_rewards\",\"message\":\"nothing for this owner\"}"))
                .then(json(200, "{\"owner\":\"" + DEVICE + "\",\"epoch\":3,\"cumulativeAmount\":\"250\",\"proof\":[\"0x"
                        + "ab".repeat(32) + "\"],\"root\":\"0x" + "cd".repeat(32) + "\"}"));
        assertThat(client.rewards(DEVICE).get()).isEmpty();
        Rewards rewards = client.rewards(DEVICE).get().orElseThrow();
        assertThat(rewards.cumulativeAmount()).isEqualTo(BigInteger.valueOf(250));
        assertThat(rewards.proofBytes()).singleElement().satisfies(node -> assertThat(node).hasSize(32));
    }

    @Test
    void slowAnswersAreRetriedAndAnswersMissingFieldsAreBad() throws Exception {
        oracle.then(after(Duration.ofSeconds(3), json(200, "{}"))).then(json(200, "{\"status\":\"ok\",\"chainId\":31337}"));
        assertThat(failure(client.health())).isInstanceOf(OracleException.BadResponse.class).hasMessageContaining("epoch");
        assertThat(oracle.requests()).hasSize(2);
        assertThat(failure(new OracleClient(http, ScriptedServer.deadAddress(), Duration.ofMillis(400),
                new Retrier(new RetryPolicy(1, Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofSeconds(1), () -> 0L), delayer), Clock.systemUTC()).health()))
                .isInstanceOf(OracleException.Unreachable.class).hasMessageStartingWith("cannot connect to the oracle at");
    }
}
