package io.outpost.network.rpc;

import static io.outpost.network.http.ScriptedServer.error;
import static io.outpost.network.http.ScriptedServer.rpc;
import static io.outpost.network.http.ScriptedServer.status;
import static org.assertj.core.api.Assertions.assertThat;

import io.outpost.network.http.Http;
import io.outpost.network.http.RecordingDelayer;
import io.outpost.network.http.RetryPolicy;
import io.outpost.network.http.ScriptedServer;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The receipt poller keeps asking through faults and never sends anything (the devnet tests mine for real). */
@Timeout(30)
class ReceiptPollerTest {
    private static final String HASH = "0x" + "ab".repeat(32);
    private static final String SENDER = "0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = Http.newClient(Duration.ofSeconds(2));
    private final RecordingDelayer delayer = new RecordingDelayer();
    private final ScriptedServer node = ScriptedServer.start();
    private final ReceiptPoller poller = new ReceiptPoller(new JsonRpcClient(http, List.of(node.url()),
            new RpcOptions(Duration.ofSeconds(2), 1000, new RetryPolicy(1, Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofSeconds(1), () -> 0L)), delayer, Clock.systemUTC()),
            delayer, Duration.ofSeconds(2));

    ReceiptPollerTest() throws Exception {
    }

    @AfterEach
    void stop() {
        node.close();
        http.close();
    }

    private static ObjectNode answer(Object result) {
        return JSON.createObjectNode().put("jsonrpc", "2.0").set("result", JSON.valueToTree(result));
    }

    @Test
    void pollsThroughPendingAndFaultsUntilTheTransactionIsMined() throws Exception {
        AtomicInteger polls = new AtomicInteger();
        node.then(status(503, Map.of())).otherwise(rpc(call -> switch (call.path("method").asString()) {
            case "eth_getTransactionCount" -> answer("0x3");
            case "eth_getTransactionReceipt" -> polls.incrementAndGet() < 3 ? answer(null) : answer(Map.of("transactionHash", HASH,
                    "blockNumber", "0x10", "status", "0x1", "gasUsed", "0x5208"));
            default -> error(-32601, "unexpected " + call.path("method").asString(), null);
        }));
        ReceiptPoller.Outcome outcome = poller.track(HASH, SENDER, 3).get();
        assertThat(outcome).isInstanceOf(ReceiptPoller.Outcome.Mined.class);
        Receipt receipt = ((ReceiptPoller.Outcome.Mined) outcome).receipt();
        assertThat(receipt.blockNumber()).isEqualTo(16);
        assertThat(receipt.success()).isTrue();
        assertThat(delayer.waits()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(2));
        assertThat(node.requests()).extracting(request -> request.body()).noneMatch(body -> body.contains("eth_sendRawTransaction"));
    }

    @Test
    void aMinedNonceWithoutThisTransactionMeansItWasReplaced() throws Exception {
        node.otherwise(rpc(call -> call.path("method").asString().equals("eth_getTransactionCount") ? answer("0x4") : answer(null)));
        assertThat(poller.track(HASH, SENDER, 3).get()).isEqualTo(new ReceiptPoller.Outcome.Replaced(HASH, 3));
    }
}
