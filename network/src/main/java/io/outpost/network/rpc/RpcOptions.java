package io.outpost.network.rpc;

import io.outpost.network.http.RetryPolicy;
import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link JsonRpcClient} behaves: how long one HTTP request may take, how many calls one JSON-RPC
 * batch may hold (geth and the large providers refuse more than 1,000), and its retry policy. The connect
 * timeout belongs to the {@code HttpClient} ({@link io.outpost.network.http.Http#newClient}).
 */
public record RpcOptions(Duration requestTimeout, int maxBatchSize, RetryPolicy retry) {
    public RpcOptions {
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        Objects.requireNonNull(retry, "retry");
        if (maxBatchSize < 1) {
            throw new IllegalArgumentException("maxBatchSize: at least 1, was " + maxBatchSize);
        }
    }

    public static RpcOptions defaults() {
        return new RpcOptions(Duration.ofSeconds(15), 1000, RetryPolicy.defaults());
    }
}
