package io.outpost.network.oracle;

import io.outpost.network.abi.Hex;
import io.outpost.network.http.Http;
import io.outpost.network.http.Retrier;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reference oracle's HTTP API (docs/oracle-api.md): heartbeats in, uptime, coverage, epochs and
 * rewards out. Every request here is retried on transient faults: the GETs are idempotent, and posting a
 * heartbeat again is safe because the oracle accepts each device's seq once and refuses a repeat as
 * {@code replayed}. So a {@code replayed} answer to a retried post can mean the first attempt got through.
 */
public final class OracleClient {
    /** The most heartbeats the oracle takes in one request; longer lists go in several. */
    public static final int MAX_BATCH = 100;

    private final HttpClient http;
    private final String base;
    private final Duration requestTimeout;
    private final Retrier retrier;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES, DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .build();

    public OracleClient(HttpClient http, URI baseUrl, Duration requestTimeout, Retrier retrier, Clock clock) {
        this.http = Objects.requireNonNull(http, "http");
        this.base = baseUrl.toString().replaceAll("/+$", "");
        this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
        this.retrier = Objects.requireNonNull(retrier, "retrier");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Completes when the oracle accepted the heartbeat; fails with {@link OracleException.Refused} and its code. */
    public CompletableFuture<Void> postHeartbeat(Heartbeat heartbeat) {
        return send("POST /v1/heartbeats", post(json.writeValueAsString(heartbeat))).thenApply(ignored -> null);
    }

    /** One result per heartbeat, in order; sent {@value #MAX_BATCH} to a request. */
    public CompletableFuture<List<HeartbeatResult>> postHeartbeats(List<Heartbeat> heartbeats) {
        CompletableFuture<List<HeartbeatResult>> results = CompletableFuture.completedFuture(new ArrayList<>());
        for (int from = 0; from < heartbeats.size(); from += MAX_BATCH) {
            List<Heartbeat> chunk = List.copyOf(heartbeats.subList(from, Math.min(heartbeats.size(), from + MAX_BATCH)));
            results = results.thenCompose(done -> postBatch(chunk).thenApply(more -> {
                done.addAll(more);
                return done;
            }));
        }
        return results.thenApply(List::copyOf);
    }

    public CompletableFuture<Health> health() {
        return get("/v1/health", Health.class);
    }

    public CompletableFuture<Epochs> epochs() {
        return get("/v1/epochs", Epochs.class);
    }

    public CompletableFuture<Uptime> uptime(String device, long epoch) {
        return get("/v1/devices/" + Hex.address(device) + "/uptime?epoch=" + epoch, Uptime.class);
    }

    public CompletableFuture<Coverage> coverage(long epoch) {
        return get("/v1/coverage?epoch=" + epoch, Coverage.class);
    }

    /** The owner's rewards in the last posted tree; empty when the oracle says {@code no_rewards}. */
    public CompletableFuture<Optional<Rewards>> rewards(String owner) {
        return emptyWhen("no_rewards", get("/v1/rewards/" + Hex.address(owner), Rewards.class));
    }

    /**
     * What the device was paid for the closed {@code epoch}; empty when it was not paid in it ({@code not_paid}).
     * An epoch not closed yet fails with {@link OracleException.Refused} {@code unknown_epoch}.
     */
    public CompletableFuture<Optional<DeviceRewards>> deviceRewards(String device, long epoch) {
        return emptyWhen("not_paid", get("/v1/devices/" + Hex.address(device) + "/rewards?epoch=" + epoch,
                DeviceRewards.class));
    }

    private static <T> CompletableFuture<Optional<T>> emptyWhen(String code, CompletableFuture<T> answer) {
        return answer.thenApply(Optional::of).exceptionallyCompose(error -> {
            Throwable cause = Http.unwrap(error);
            if (cause instanceof OracleException.Refused refused && refused.code().filter(code::equals).isPresent()) {
                return CompletableFuture.completedFuture(Optional.<T>empty());
            }
            return CompletableFuture.failedFuture(cause);
        });
    }

    private CompletableFuture<List<HeartbeatResult>> postBatch(List<Heartbeat> chunk) {
        return send("POST /v1/heartbeats (" + chunk.size() + ")", post(json.writeValueAsString(chunk))).thenApply(answer -> {
            JsonNode results = answer.path("results");
            if (!results.isArray() || results.size() != chunk.size()) {
                throw new OracleException.BadResponse("expected " + chunk.size() + " heartbeat results", null);
            }
            List<HeartbeatResult> read = new ArrayList<>();
            results.forEach(result -> read.add(result.has("error")
                    ? new HeartbeatResult.Refused(result.path("error").asString(), result.path("message").asString(""))
                    : new HeartbeatResult.Accepted()));
            return read;
        });
    }

    private <T> CompletableFuture<T> get(String path, Class<T> type) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(requestTimeout).GET().build();
        return send("GET " + path, request).thenApply(answer -> {
            try {
                return json.treeToValue(answer, type);
            } catch (JacksonException e) {
                throw new OracleException.BadResponse("GET " + path + ": unexpected answer: " + e.getOriginalMessage(), e);
            }
        });
    }

    private HttpRequest post(String body) {
        return HttpRequest.newBuilder(URI.create(base + "/v1/heartbeats")).timeout(requestTimeout)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private CompletableFuture<JsonNode> send(String what, HttpRequest request) {
        return retrier.run(what, () -> http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .handle((response, error) -> {
                    if (error != null) {
                        throw unreachable(Http.unwrap(error));
                    }
                    return answer(what, response);
                }));
    }

    private JsonNode answer(String what, HttpResponse<String> response) {
        int status = response.statusCode();
        JsonNode body;
        try {
            body = json.readTree(response.body());
        } catch (JacksonException e) {
            body = null;
        }
        if (status / 100 == 2) {
            if (body == null || !body.isObject()) {
                throw new OracleException.BadResponse(what + ": HTTP " + status + " without a JSON object", null);
            }
            return body;
        }
        String code = body != null && body.path("error").isString() ? body.path("error").asString() : null;
        String message = body != null && body.path("message").isString() ? body.path("message").asString() : "HTTP " + status;
        if (status == 429) {
            throw new OracleException.RateLimited(code, message, Http.retryAfter(response, clock));
        }
        if (status >= 500) {
            throw new OracleException.ServerFault(status, code, message);
        }
        throw new OracleException.Refused(status, code, message);
    }

    private OracleException unreachable(Throwable error) {
        String oracle = "the oracle at " + Http.origin(URI.create(base));
        return Http.noAnswer(error, oracle, requestTimeout)
                .<OracleException>map(why -> new OracleException.Unreachable(why, error))
                .orElseGet(() -> new OracleException.BadResponse("request to " + oracle + " failed: " + error, error));
    }
}
