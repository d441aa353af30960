package io.outpost.network.rpc;

import java.util.concurrent.CompletableFuture;
import tools.jackson.databind.JsonNode;

/** A call on its way: its id in the JSON-RPC message, its future, and its latest transient failure. */
final class PendingCall {
    final long id;
    final RpcRequest request;
    final CompletableFuture<JsonNode> result = new CompletableFuture<>();
    volatile RpcException lastFault;

    PendingCall(long id, RpcRequest request) {
        this.id = id;
        this.request = request;
    }

    boolean open() {
        return !result.isDone();
    }

    /** Completes the call with its last transient failure (or {@code otherwise}) if nothing else did. */
    void failIfOpen(Throwable otherwise) {
        if (open()) {
            result.completeExceptionally(lastFault != null ? lastFault : otherwise);
        }
    }
}
