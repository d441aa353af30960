package io.outpost.network.rpc;

import static io.outpost.network.http.Futures.failure;
import static io.outpost.network.http.ScriptedServer.after;
import static io.outpost.network.http.ScriptedServer.error;
import static io.outpost.network.http.ScriptedServer.json;
import static io.outpost.network.http.ScriptedServer.result;
import static io.outpost.network.http.ScriptedServer.rpc;
import static io.outpost.network.http.ScriptedServer.status;
import static org.assertj.core.api.Assertions.assertThat;

import io.outpost.network.abi.Hex;
import io.outpost.network.http.Http;
import io.outpost.network.http.RecordingDelayer;
import io.outpost.network.http.RetryPolicy;
import io.outpost.network.http.ScriptedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;

/** The JSON-RPC client against a real HTTP server that answers with scripted faults. */
@Timeout(30)
class JsonRpcClientTest {
    private static final Duration TIMEOUT = Duration.ofMillis(400);
    // No jitter: every backoff is exactly half of the doubled delay (50, 100, 200 ms).
    private static final RetryPolicy POLICY = new RetryPolicy(4, Duration.ofMillis(100), Duration.ofSeconds(2),
            Duration.ofSeconds(30), () -> 0L);

    private final HttpClient http = Http.newClient(Duration.ofSeconds(2));
    private final RecordingDelayer delayer = new RecordingDelayer();
    private final ScriptedServer node = ScriptedServer.start();

    JsonRpcClientTest() throws Exception {
    }

    @AfterEach
    void stop() {
        node.close();
        http.close();
    }

    private JsonRpcClient client(URI... urls) {
        return client(1000, urls);
    }

    private JsonRpcClient client(int maxBatchSize, URI... urls) {
        return new JsonRpcClient(http, List.of(urls), new RpcOptions(TIMEOUT, maxBatchSize, POLICY), delayer,
                Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"), ZoneOffset.UTC));
    }


    @Test
    void http429IsRetriedAfterItsRetryAfter() throws Exception {
        node.then(status(429, Map.of("Retry-After", "7"))).otherwise(rpc(call -> result("0x7a69")));
        assertThat(client(node.url()).call("eth_chainId").get().asString()).isEqualTo("0x7a69");
        assertThat(node.requests()).hasSize(2);
        assertThat(delayer.waits()).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void aRetryAfterDateIsHonouredAndAHugeOneIsCapped() throws Exception {
        node.then(status(429, Map.of("Retry-After", "Tue, 24 Nov 2026 12:00:05 GMT")))
                .then(status(429, Map.of("Retry-After", "86400"))).otherwise(rpc(call -> result("0x1")));
        client(node.url()).call("eth_blockNumber").get();
        assertThat(delayer.waits()).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(30));
    }

    @Test
    void serverFaultsBackOffExponentiallyThenFail() {
        node.otherwise(status(503, Map.of()));
        Throwable error = failure(client(node.url()).call("eth_blockNumber"));
        assertThat(error).isInstanceOf(RpcException.ServerFault.class).hasMessageContaining("HTTP 503");
        assertThat(((RpcException.ServerFault) error).status()).isEqualTo(503);
        assertThat(node.requests()).hasSize(4);
        assertThat(delayer.waits()).containsExactly(Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(200));
    }

    @Test
    void aSlowAnswerTimesOutAndIsAskedAgain() throws Exception {
        node.then(after(Duration.ofSeconds(3), rpc(call -> result("0x1")))).otherwise(rpc(call -> result("0x2")));
        assertThat(client(node.url()).call("eth_blockNumber").get().asString()).isEqualTo("0x2");
        assertThat(node.requests()).hasSize(2);
    }

    @Test
    void aNodeThatNeverAnswersInTimeIsUnreachable() {
        node.otherwise(after(Duration.ofSeconds(3), rpc(call -> result("0x1"))));
        assertThat(failure(client(node.url()).call("eth_blockNumber"))).isInstanceOf(RpcException.Unreachable.class)
                .hasMessageContaining("no answer from " + node.url() + " within 400 ms");
        assertThat(node.requests()).hasSize(4);
    }

    @Test
    void garbageIsABadResponseAndIsNotRetried() {
        node.then(json(200, "<html>Bad gateway</html>")).then(json(401, "{\"message\":\"unknown API key\"}"));
        assertThat(failure(client(node.url()).call("eth_chainId"))).isInstanceOf(RpcException.BadResponse.class)
                .hasMessageContaining("not JSON");
        assertThat(failure(client(node.url()).call("eth_chainId"))).isInstanceOf(RpcException.BadResponse.class)
                .hasMessage("HTTP 401 from " + node.url());
        assertThat(node.requests()).hasSize(2);
    }

    @Test
    void aJsonRpcRateLimitIsRetriedAndOtherErrorsAreNot() throws Exception {
        node.then(rpc(call -> error(-32005, "limit exceeded", null))).otherwise(rpc(call -> error(-32601, "no such method", null)));
        Throwable error = failure(client(node.url()).call("eth_nothing"));
        assertThat(error).isInstanceOf(RpcException.RpcError.class);
        assertThat(((RpcException.RpcError) error).code()).isEqualTo(-32601);
        assertThat(node.requests()).hasSize(2);
    }

    @Test
    void batchAnswersInAnyOrderAreMatchedById() throws Exception {
        node.otherwise(rpc(call -> result(call.path("params").get(0).asString()), answers -> answers.reversed()));
        List<CompletableFuture<JsonNode>> answers = client(node.url()).batch(IntStream.range(0, 5)
                .mapToObj(i -> RpcRequest.of("echo", "value " + i)).toList());
        for (int i = 0; i < 5; i++) {
            assertThat(answers.get(i).get().asString()).isEqualTo("value " + i);
        }
        assertThat(node.requests()).hasSize(1);
        assertThat(node.requests().getFirst().json().isArray()).isTrue();
    }

    @Test
    void anErrorInABatchFailsOnlyItsOwnCall() throws Exception {
        node.otherwise(rpc(call -> call.path("params").get(0).asInt() == 1
                ? error(3, "execution reverted", "0x1234") : result("ok")));
        List<CompletableFuture<JsonNode>> answers = client(node.url()).batch(List.of(
                RpcRequest.of("eth_call", 0), RpcRequest.of("eth_call", 1), RpcRequest.of("eth_call", 2)));
        assertThat(answers.get(0).get().asString()).isEqualTo("ok");
        assertThat(answers.get(2).get().asString()).isEqualTo("ok");
        RpcException.RpcError error = (RpcException.RpcError) failure(answers.get(1));
        assertThat(error.revertData()).hasValueSatisfying(data -> assertThat(data).containsExactly(0x12, 0x34));
        assertThat(node.requests()).hasSize(1);
    }

    @Test
    void callsRateLimitedInsideABatchAreSentAgainWithoutTheOthers() throws Exception {
        node.then(rpc(call -> call.path("params").get(0).asInt() == 1 ? error(-32005, "limit exceeded", null) : result("first")))
                .otherwise(rpc(call -> result("second")));
        List<CompletableFuture<JsonNode>> answers = client(node.url()).batch(List.of(
                RpcRequest.of("eth_call", 0), RpcRequest.of("eth_call", 1), RpcRequest.of("eth_call", 2)));
        assertThat(answers).extracting(answer -> answer.get().asString()).containsExactly("first", "second", "first");
        assertThat(node.requests()).hasSize(2);
        assertThat(node.requests().get(1).json().size()).isEqualTo(1);
        assertThat(delayer.waits()).containsExactly(Duration.ofMillis(50));
    }

    @Test
    void aBatchIsSplitOnlyAboveTheMaxBatchSize() throws Exception {
        node.otherwise(rpc(call -> result("0x1")));
        List<RpcRequest> five = IntStream.range(0, 5).mapToObj(i -> RpcRequest.of("eth_blockNumber")).toList();
        CompletableFuture.allOf(client(5, node.url()).batch(five).toArray(CompletableFuture[]::new)).get();
        assertThat(node.requests()).hasSize(1);
        CompletableFuture.allOf(client(2, node.url()).batch(five).toArray(CompletableFuture[]::new)).get();
        assertThat(node.requests()).hasSize(4);
    }

    @Test
    void aRefusedConnectionFallsOverToTheNextAddressWithoutWaiting() throws Exception {
        node.otherwise(rpc(call -> result("0x7a69")));
        JsonRpcClient client = client(ScriptedServer.deadAddress(), node.url());
        assertThat(client.call("eth_chainId").get().asString()).isEqualTo("0x7a69");
        assertThat(client.call("eth_chainId").get().asString()).isEqualTo("0x7a69");
        assertThat(node.requests()).hasSize(2);
        assertThat(delayer.waits()).isEmpty();
    }

    @Test
    void whenNoAddressAcceptsAConnectionTheCallIsUnreachableAfterTheRetries() throws Exception {
        URI dead = ScriptedServer.deadAddress();
        assertThat(failure(client(dead, ScriptedServer.deadAddress()).call("eth_chainId")))
                .isInstanceOf(RpcException.Unreachable.class).hasMessageStartingWith("cannot connect to http://127.0.0.1:");
        assertThat(delayer.waits()).hasSize(3);
    }

    @Test
    void sendRawTransactionAnswersTheTransactionHash() throws Exception {
        byte[] signed = {0x02, 0x01, 0x02, 0x03};
        String hash = JsonRpcClient.transactionHash(signed);
        node.otherwise(rpc(call -> result(hash)));
        assertThat(client(node.url()).sendRawTransaction(signed).get()).isEqualTo(hash);
        assertThat(node.requests().getFirst().json().path("params").get(0).asString()).isEqualTo(Hex.encode(signed));
    }

    @Test
    void sendRawTransactionIsNeverSentTwice() throws Exception {
        byte[] signed = {0x02, 0x05};
        String hash = JsonRpcClient.transactionHash(signed);
        node.then(status(503, Map.of())).then(status(429, Map.of("Retry-After", "1")))
                .then(rpc(call -> error(-32005, "limit exceeded", null)))
                .then(after(Duration.ofSeconds(3), rpc(call -> result(hash)))).otherwise(rpc(call -> result(hash)));
        JsonRpcClient client = client(node.url());
        assertThat(failure(client.sendRawTransaction(signed))).isInstanceOf(RpcException.ServerFault.class);
        assertThat(failure(client.sendRawTransaction(signed))).isInstanceOf(RpcException.RateLimited.class);
        assertThat(failure(client.sendRawTransaction(signed))).isInstanceOf(RpcException.RateLimited.class);
        assertThat(failure(client.sendRawTransaction(signed))).isInstanceOf(RpcException.Unreachable.class);
        assertThat(node.requests()).hasSize(4);
        assertThat(delayer.waits()).isEmpty();
    }

    @Test
    void sendRawTransactionMovesOnOnlyFromAnAddressThatRefusedTheConnection() throws Exception {
        byte[] signed = {0x02, 0x07};
        String hash = JsonRpcClient.transactionHash(signed);
        node.otherwise(rpc(call -> result(hash)));
        assertThat(client(ScriptedServer.deadAddress(), node.url()).sendRawTransaction(signed).get()).isEqualTo(hash);
        assertThat(node.requests()).hasSize(1);
    }

    @Test
    void messagesShowTheNodeWithoutThePathThatMayHoldAnApiKey() {
        node.otherwise(status(502, Map.of()));
        URI withKey = URI.create(node.url() + "/v3/secret-api-key");
        Throwable error = failure(client(withKey).call("eth_chainId"));
        assertThat(error).hasMessage("HTTP 502 from " + node.url() + "/…");
        assertThat(error.getMessage()).doesNotContain("secret");
    }
}
