package io.outpost.network.rpc;

import io.outpost.network.http.Http;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Settles pending calls from one HTTP answer: each call either completes (with its result or a final
 * error) or keeps a transient fault in {@link PendingCall#lastFault} for the retry. Batch answers are
 * matched by id, in any order; a per-item error touches only its item.
 */
final class RpcResponses {
    // "Limit exceeded" as EIP-1474 numbers it, and providers that put the HTTP status into the code.
    private static final Set<Integer> RATE_LIMIT_CODES = Set.of(-32005, 429);

    private final JsonMapper json;
    private final Clock clock;

    RpcResponses(JsonMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    void settle(List<PendingCall> calls, URI url, HttpResponse<String> response) {
        String origin = Http.origin(url);
        int status = response.statusCode();
        if (status == 429) {
            faultAll(calls, new RpcException.RateLimited("rate limited by " + origin + " (HTTP 429)",
                    Http.retryAfter(response, clock)));
            return;
        }
        if (status >= 500) {
            faultAll(calls, new RpcException.ServerFault("HTTP " + status + " from " + origin, status));
            return;
        }
        JsonNode tree;
        try {
            tree = json.readTree(response.body());
        } catch (JacksonException e) {
            failAll(calls, new RpcException.BadResponse("HTTP " + status + " from " + origin + ": not JSON", e));
            return;
        }
        if (status / 100 != 2 && (tree == null || !tree.isArray() && !tree.has("error"))) {
            failAll(calls, new RpcException.BadResponse("HTTP " + status + " from " + origin, null));
        } else if (tree != null && tree.isArray()) {
            settleBatch(calls, tree, origin);
        } else if (tree != null && tree.isObject() && (calls.size() == 1 || tree.has("error"))) {
            // One call's answer, or an error for the batch as a whole ("too many requests in a batch").
            calls.forEach(call -> settle(call, tree));
        } else {
            failAll(calls, new RpcException.BadResponse("HTTP " + status + " from " + origin + ": not a JSON-RPC answer", null));
        }
    }

    private void settleBatch(List<PendingCall> calls, JsonNode answers, String origin) {
        Map<String, JsonNode> byId = new HashMap<>();
        answers.forEach(answer -> byId.put(answer.path("id").asString(), answer));
        for (PendingCall call : calls) {
            JsonNode answer = byId.get(Long.toString(call.id));
            if (answer == null) {
                call.result.completeExceptionally(new RpcException.BadResponse(
                        origin + " sent no answer to " + call.request.method() + " in a batch", null));
            } else {
                settle(call, answer);
            }
        }
    }

    private static void settle(PendingCall call, JsonNode answer) {
        JsonNode error = answer.get("error");
        if (error != null && error.isObject()) {
            int code = error.path("code").asInt();
            String message = error.path("message").asString("");
            if (RATE_LIMIT_CODES.contains(code)) {
                call.lastFault = new RpcException.RateLimited("rate limited (JSON-RPC " + code + "): " + message,
                        Optional.empty());
                return;
            }
            JsonNode data = error.get("data");
            call.result.completeExceptionally(new RpcException.RpcError(code, message,
                    data == null || data.isNull() ? null : data.isString() ? data.asString() : data.toString()));
        } else if (answer.has("result")) {
            call.result.complete(answer.get("result"));
        } else {
            call.result.completeExceptionally(new RpcException.BadResponse(
                    "answer to " + call.request.method() + " has neither result nor error", null));
        }
    }

    static void faultAll(List<PendingCall> calls, RpcException fault) {
        calls.forEach(call -> call.lastFault = fault);
    }

    private static void failAll(List<PendingCall> calls, RpcException error) {
        calls.forEach(call -> call.result.completeExceptionally(error));
    }
}
