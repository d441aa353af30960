package io.outpost.network.rpc;

import io.outpost.network.abi.Hex;
import io.outpost.crypto.Keccak256;
import io.outpost.network.http.Delayer;
import io.outpost.network.http.Http;
import io.outpost.network.http.Retrier;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Ethereum JSON-RPC over HTTP, asynchronous. Calls go to the first RPC address that accepts a connection
 * (and keep going there); transient faults are retried by the {@link RpcOptions#retry() policy}; batches
 * are split only above {@link RpcOptions#maxBatchSize()}. Failures are {@link RpcException}s.
 */
public final class JsonRpcClient {
    private static final Logger LOG = LoggerFactory.getLogger(JsonRpcClient.class);

    private final HttpClient http;
    private final List<URI> urls;
    private final RpcOptions options;
    private final Delayer delayer;
    private final Clock clock;
    private final Retrier retrier;
    private final JsonMapper json = JsonMapper.builder().build();
    private final RpcResponses responses;
    private final AtomicLong ids = new AtomicLong();
    private final AtomicInteger preferred = new AtomicInteger();

    public JsonRpcClient(HttpClient http, List<URI> urls, RpcOptions options, Delayer delayer, Clock clock) {
        this.http = Objects.requireNonNull(http, "http");
        this.urls = List.copyOf(urls);
        if (this.urls.isEmpty()) {
            throw new IllegalArgumentException("at least one RPC address is needed");
        }
        this.options = Objects.requireNonNull(options, "options");
        this.delayer = Objects.requireNonNull(delayer, "delayer");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.retrier = new Retrier(options.retry(), delayer);
        this.responses = new RpcResponses(json, clock);
    }

    /** A client like this one that talks to {@code url} only: to check each of a profile's nodes. */
    public JsonRpcClient forUrl(URI url) {
        return new JsonRpcClient(http, List.of(url), options, delayer, clock);
    }

    /** One call; its {@code result} (JSON null when the node answers null, e.g. no receipt yet). */
    public CompletableFuture<JsonNode> call(String method, Object... params) {
        return call(RpcRequest.of(method, params));
    }

    public CompletableFuture<JsonNode> call(RpcRequest request) {
        PendingCall call = pending(request);
        List<PendingCall> calls = List.of(call);
        retrier.run(request.method(), () -> attempt(calls, false)).whenComplete(finish(calls));
        return call.result;
    }

    /**
     * The calls as JSON-RPC batches, one future per call in the same order. A call's error fails only its
     * own future; calls rate-limited one by one inside a batch are sent again without the others.
     */
    public List<CompletableFuture<JsonNode>> batch(List<RpcRequest> requests) {
        List<PendingCall> calls = requests.stream().map(this::pending).toList();
        for (int from = 0; from < calls.size(); from += options.maxBatchSize()) {
            List<PendingCall> chunk = calls.subList(from, Math.min(calls.size(), from + options.maxBatchSize()));
            retrier.run("batch of " + chunk.size(), () -> attempt(chunk, true)).whenComplete(finish(chunk));
        }
        return calls.stream().map(call -> call.result).toList();
    }

    /**
     * Sends a signed transaction and completes with its hash. Never retried once the request may have
     * reached a node (only a refused connection moves on to the next address): a re-sent transaction is
     * answered "already known" or "nonce too low", which reads as a failure, and a caller who then signs
     * again with a fresh nonce pays twice. So the first answer is final; on any doubt the caller tracks the
     * transaction by its hash ({@link #transactionHash}) and nonce ({@link ReceiptPoller}).
     */
    public CompletableFuture<String> sendRawTransaction(byte[] signed) {
        String expected = transactionHash(signed);
        PendingCall call = pending(RpcRequest.of("eth_sendRawTransaction", Hex.encode(signed)));
        List<PendingCall> calls = List.of(call);
        Http.start(() -> attempt(calls, false)).whenComplete(finish(calls));
        return call.result.thenApply(result -> {
            if (!expected.equals(result.asString().toLowerCase(Locale.ROOT))) {
                throw new RpcException.BadResponse("the node named the transaction " + result.asString()
                        + ", but its hash is " + expected, null);
            }
            return expected;
        });
    }

    /** The hash by which a signed transaction is known: Keccak-256 of its bytes. */
    public static String transactionHash(byte[] signed) {
        return Hex.encode(Keccak256.hash(signed));
    }

    private PendingCall pending(RpcRequest request) {
        return new PendingCall(ids.incrementAndGet(), request);
    }

    /**
     * Sends the calls still open; settles what the answer settles, and fails with a transient fault when
     * some calls are left to try again.
     */
    private CompletableFuture<Void> attempt(List<PendingCall> calls, boolean asBatch) {
        List<PendingCall> open = calls.stream().filter(PendingCall::open).toList();
        if (open.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        open.forEach(call -> call.lastFault = null);
        String body = asBatch ? batchBody(open) : json.writeValueAsString(message(open.getFirst()));
        return post(body, preferred.get(), 0).handle((answer, error) -> {
            if (error == null) {
                responses.settle(open, answer.url(), answer.response());
            } else if (Http.unwrap(error) instanceof RpcException fault) {
                RpcResponses.faultAll(open, fault);
            } else {
                open.forEach(call -> call.result.completeExceptionally(Http.unwrap(error)));
            }
            return open.stream().filter(PendingCall::open).map(call -> call.lastFault).filter(Objects::nonNull).findFirst();
        }).thenCompose(fault -> fault.isPresent() ? CompletableFuture.failedFuture(fault.get())
                : CompletableFuture.completedFuture(null));
    }

    private BiConsumer<Object, Throwable> finish(List<PendingCall> calls) {
        return (ignored, error) -> calls.forEach(call -> call.failIfOpen(error == null
                ? new RpcException.BadResponse("no answer", null) : Http.unwrap(error)));
    }

    private String batchBody(List<PendingCall> calls) {
        ArrayNode array = json.createArrayNode();
        calls.forEach(call -> array.add(message(call)));
        return json.writeValueAsString(array);
    }

    private ObjectNode message(PendingCall call) {
        ObjectNode message = json.createObjectNode();
        message.put("jsonrpc", "2.0");
        message.put("id", call.id);
        message.put("method", call.request.method());
        message.set("params", json.valueToTree(call.request.params()));
        return message;
    }

    /** POSTs to the address at {@code start + tried}, moving on to the next one when the connection is refused. */
    private CompletableFuture<Answer> post(String body, int start, int tried) {
        int index = (start + tried) % urls.size();
        URI url = urls.get(index);
        HttpRequest request = HttpRequest.newBuilder(url).timeout(options.requestTimeout())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenApply(response -> {
            preferred.set(index);
            return new Answer(url, response);
        }).exceptionallyCompose(error -> {
            if (Http.connectFailed(error) && tried + 1 < urls.size()) {
                LOG.debug("{} refused the connection; trying the next RPC address", Http.origin(url));
                return post(body, start, tried + 1);
            }
            return CompletableFuture.failedFuture(unreachable(url, Http.unwrap(error)));
        });
    }

    private RpcException unreachable(URI url, Throwable error) {
        String origin = Http.origin(url);
        return Http.noAnswer(error, origin, options.requestTimeout())
                .<RpcException>map(why -> new RpcException.Unreachable(why, error))
                .orElseGet(() -> new RpcException.BadResponse("request to " + origin + " failed: " + error, error));
    }

    private record Answer(URI url, HttpResponse<String> response) {
    }
}
