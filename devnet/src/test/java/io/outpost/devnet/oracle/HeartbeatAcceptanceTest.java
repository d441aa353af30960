package io.outpost.devnet.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import io.outpost.devices.crypto.DeviceKey;
import io.outpost.devnet.AnvilNode;
import io.outpost.devnet.OracleTestNet;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.web3j.crypto.Sign;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Every acceptance rule of POST /v1/heartbeats, against a real anvil with the real contracts. */
@Timeout(180)
class HeartbeatAcceptanceTest {
    private static final long LOCATION = 0x8c1fb46622dffffL;

    @TempDir
    static Path folder;
    private static RunningOracle running;
    private static OracleTestNet net;
    private static TestClock clock;
    private static OracleClient client;

    @BeforeAll
    static void start() throws Exception {
        running = RunningOracle.start(folder, 1_900_000_000L);
        net = running.net();
        clock = running.clock();
        client = running.client();
    }

    @AfterAll
    static void stop() {
        running.close();
    }

    private static DeviceKey registered() throws Exception {
        return running.device(OracleTestNet.ALICE, LOCATION);
    }

    @Test
    void aHeartbeatSignedByARegisteredDeviceIsAccepted() throws Exception {
        OracleClient.Answer answer = client.post(OracleClient.heartbeat(registered(), 0, clock.now()));
        assertThat(answer.status()).isEqualTo(202);
        assertThat(answer.body().path("status").asString()).isEqualTo("accepted");
    }

    @Test
    void aSignatureByAnotherKeyOrInAnotherFormIsABadSignature() throws Exception {
        DeviceKey device = registered();
        ObjectNode forged = OracleClient.heartbeat(net.newDevice(), 0, clock.now()).put("device", device.address().value());
        assertBadSignature(forged);

        // The same signature with s replaced by n - s (and v flipped) recovers to the same key: refused, high s.
        ObjectNode genuine = OracleClient.heartbeat(device, 1, clock.now());
        byte[] signature = HexFormat.of().parseHex(genuine.get("signature").asString().substring(2));
        byte[] highS = signature.clone();
        byte[] s = Sign.CURVE_PARAMS.getN().subtract(new BigInteger(1, java.util.Arrays.copyOfRange(signature, 32, 64)))
                .toByteArray();
        System.arraycopy(s, s.length - 32, highS, 32, 32);
        highS[64] = (byte) (signature[64] == 27 ? 28 : 27);
        assertBadSignature(genuine.deepCopy().put("signature", "0x" + HexFormat.of().formatHex(highS)));
        byte[] otherV = signature.clone();
        otherV[64] = 1;
        assertBadSignature(genuine.deepCopy().put("signature", "0x" + HexFormat.of().formatHex(otherV)));
        assertBadSignature(genuine.deepCopy().put("time", clock.now() + 1));

        assertThat(client.post(genuine).status()).as("the genuine one still counts").isEqualTo(202);
    }

    private static void assertBadSignature(ObjectNode heartbeat) throws Exception {
        OracleClient.Answer answer = client.post(heartbeat);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.error()).isEqualTo("bad_signature");
    }

    @Test
    void aSeqNotAboveEverySeqSeenIsReplayed() throws Exception {
        DeviceKey device = registered();
        assertThat(client.post(OracleClient.heartbeat(device, 5, clock.now())).status()).isEqualTo(202);
        OracleClient.Answer again = client.post(OracleClient.heartbeat(device, 5, clock.now()));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.error()).isEqualTo("replayed");
        assertThat(client.post(OracleClient.heartbeat(device, 4, clock.now())).error()).isEqualTo("replayed");
        assertThat(client.post(OracleClient.heartbeat(device, 6, clock.now())).status()).isEqualTo(202);
    }

    @Test
    void aTimeMoreThanTwoMinutesFromTheOracleClockIsStale() throws Exception {
        DeviceKey device = registered();
        OracleClient.Answer late = client.post(OracleClient.heartbeat(device, 0, clock.now() - 121));
        assertThat(late.status()).isEqualTo(422);
        assertThat(late.error()).isEqualTo("stale_time");
        assertThat(client.post(OracleClient.heartbeat(device, 1, clock.now() + 121)).error()).isEqualTo("stale_time");
        assertThat(client.post(OracleClient.heartbeat(device, 2, clock.now() - 120)).status()).isEqualTo(202);
        assertThat(client.post(OracleClient.heartbeat(device, 3, clock.now() + 120)).status()).isEqualTo(202);
    }

    @Test
    void anUnregisteredDeviceIsRefusedUntilItRegisters() throws Exception {
        DeviceKey device = net.newDevice();
        OracleClient.Answer answer = client.post(OracleClient.heartbeat(device, 0, clock.now()));
        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.error()).isEqualTo("unregistered");

        net.register(device, OracleTestNet.ALICE, LOCATION);
        assertThat(client.post(OracleClient.heartbeat(device, 0, clock.now())).status()).as("registered a moment ago")
                .isEqualTo(202);
    }

    @Test
    void aDeviceBeyondItsBurstIsRateLimitedWithRetryAfter() throws Exception {
        DeviceKey device = registered();
        int burst = OracleConfig.RateLimit.DEFAULT.burst();
        for (int seq = 0; seq < burst; seq++) {
            assertThat(client.post(OracleClient.heartbeat(device, seq, clock.now())).status()).isEqualTo(202);
        }
        OracleClient.Answer limited = client.post(OracleClient.heartbeat(device, burst, clock.now()));
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.error()).isEqualTo("rate_limited");
        assertThat(limited.retryAfter()).contains("4");
        assertThat(client.post(OracleClient.heartbeat(registered(), 0, clock.now())).status()).as("another device")
                .isEqualTo(202);

        clock.advance(4);
        assertThat(client.post(OracleClient.heartbeat(device, burst, clock.now())).status()).isEqualTo(202);
        assertThat(client.post(OracleClient.heartbeat(device, burst + 1, clock.now())).status()).isEqualTo(429);
    }

    static Stream<String> malformedBodies() {
        String valid = "\"device\":\"0x" + "ab".repeat(20) + "\",\"time\":1,\"uptime\":1,\"signature\":\"0x"
                + "11".repeat(65) + "\"";
        return Stream.of("", "   ", "not json", "{", "[]", "42", "\"text\"", "null", "{}", "[" + "{},".repeat(100) + "{}]",
                "{" + valid + "}",
                "{" + valid + ",\"seq\":-1}",
                "{" + valid + ",\"seq\":\"5\"}",
                "{" + valid + ",\"seq\":1.5}",
                "{" + valid + ",\"seq\":99999999999999999999}",
                "{" + valid + ",\"seq\":null}",
                "{" + valid.replace("\"time\":1", "\"time\":true") + ",\"seq\":1}",
                "{" + valid.replace("0xabab", "0xzzab") + ",\"seq\":1}",
                "{" + valid.replace("\"0xabab", "\"abab") + ",\"seq\":1}",
                "{" + valid.replace("11\"", "\"") + ",\"seq\":1}",
                "{" + valid + ",\"seq\":1,\"seq\":2}",
                "{" + valid + ",\"seq\":1} {}");
    }

    @ParameterizedTest
    @MethodSource("malformedBodies")
    void aMalformedBodyIsRefusedWithAReason(String body) throws Exception {
        OracleClient.Answer answer = client.post("/v1/heartbeats", body);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.error()).isEqualTo("malformed");
        assertThat(answer.body().path("message").asString()).isNotBlank().doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aBodyOverSixtyFourKibibytesIsTooLarge() throws Exception {
        OracleClient.Answer answer = client.post("/v1/heartbeats", "[" + " ".repeat(64 * 1024) + "]");
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.error()).isEqualTo("too_large");
    }

    @Test
    void unknownPathsAndWrongMethodsGetJsonErrors() throws Exception {
        OracleClient.Answer unknown = client.get("/v1/nothing");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.error()).isEqualTo("not_found");
        OracleClient.Answer wrong = client.get("/v1/heartbeats");
        assertThat(wrong.status()).isEqualTo(405);
        assertThat(wrong.error()).isEqualTo("method_not_allowed");
        OracleClient.Answer delete = client.send(HttpRequest.newBuilder(running.oracle().uri().resolve("/v1/health")).DELETE());
        assertThat(delete.status()).isEqualTo(405);
        assertThat(client.get("/v1/devices/0x12/uptime").error()).isEqualTo("malformed");
        assertThat(client.get("/v1/coverage?epoch=99").error()).isEqualTo("unknown_epoch");
        assertThat(client.get("/v1/coverage?epoch=x").error()).isEqualTo("malformed");
    }

    @Test
    void aBatchAnswersEveryHeartbeatInItsOrder() throws Exception {
        DeviceKey device = registered();
        ArrayNode batch = OracleClient.JSON.createArrayNode();
        batch.add(OracleClient.heartbeat(device, 10, clock.now()));
        batch.add(OracleClient.heartbeat(net.newDevice(), 10, clock.now()).put("device", device.address().value()));
        batch.add(OracleClient.heartbeat(device, 10, clock.now()));
        batch.add(OracleClient.heartbeat(device, 11, clock.now() - 600));
        batch.add(42);
        batch.add(OracleClient.heartbeat(net.newDevice(), 0, clock.now()));
        batch.add(OracleClient.heartbeat(device, 11, clock.now()));

        OracleClient.Answer answer = client.post(batch);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().path("results").valueStream()
                .map(result -> result.has("status") ? result.get("status").asString() : result.get("error").asString()))
                .containsExactly("accepted", "bad_signature", "replayed", "stale_time", "malformed", "unregistered",
                        "accepted");
    }

    @Test
    void healthNamesTheChainAndTheOpenEpoch() throws Exception {
        OracleClient.Answer health = client.get("/v1/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body().path("status").asString()).isEqualTo("ok");
        assertThat(health.body().path("chainId").asLong()).isEqualTo(AnvilNode.CHAIN_ID);
        assertThat(health.body().path("epoch").asLong()).isEqualTo(1);
        assertThat(running.oracle().uri()).isEqualTo(URI.create("http://127.0.0.1:" + running.oracle().uri().getPort()));
    }
}
