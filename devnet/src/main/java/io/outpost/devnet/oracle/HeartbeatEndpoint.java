package io.outpost.devnet.oracle;

import com.sun.net.httpserver.HttpExchange;
import java.util.regex.Matcher;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /v1/heartbeats}: one heartbeat (202, or its refusal's status) or an array of up to
 * {@link #MAX_BATCH} (200 with one result per heartbeat, in order).
 */
final class HeartbeatEndpoint implements OracleHttp.Handler {
    static final int MAX_BATCH = 100;

    private final HeartbeatAcceptor acceptor;

    HeartbeatEndpoint(HeartbeatAcceptor acceptor) {
        this.acceptor = acceptor;
    }

    @Override
    public void handle(HttpExchange exchange, Matcher path) throws Exception {
        JsonNode body = OracleHttp.readJson(exchange);
        if (body.isArray()) {
            if (body.isEmpty() || body.size() > MAX_BATCH) {
                throw ApiError.malformed("a batch holds 1 to " + MAX_BATCH + " heartbeats, not " + body.size());
            }
            ArrayNode results = OracleHttp.JSON.createArrayNode();
            for (JsonNode item : body) {
                results.add(result(item));
            }
            ObjectNode answer = OracleHttp.JSON.createObjectNode();
            answer.set("results", results);
            OracleHttp.send(exchange, 200, answer);
            return;
        }
        if (!body.isObject()) {
            throw ApiError.malformed("the body is a heartbeat object or an array of them");
        }
        Verdict verdict = acceptor.accept(body);
        if (verdict.retryAfterSeconds() > 0) {
            exchange.getResponseHeaders().set("Retry-After", Long.toString(verdict.retryAfterSeconds()));
        }
        OracleHttp.send(exchange, verdict.accepted() ? 202 : verdict.refusal().status(), json(verdict));
    }

    // A chain that does not answer refuses only the heartbeats that needed it, not the whole batch.
    private ObjectNode result(JsonNode item) throws Exception {
        try {
            return json(acceptor.accept(item));
        } catch (ChainUnavailable e) {
            return OracleHttp.error(Refusal.UNAVAILABLE, "the oracle cannot reach the chain; try again later");
        }
    }

    private static ObjectNode json(Verdict verdict) {
        return verdict.accepted() ? OracleHttp.JSON.createObjectNode().put("status", "accepted")
                : OracleHttp.error(verdict.refusal(), verdict.message());
    }
}
