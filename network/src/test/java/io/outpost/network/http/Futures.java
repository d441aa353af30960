package io.outpost.network.http;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/** Test helper: the failure a future ends with, asserting that it fails. */
public final class Futures {
    private Futures() {
    }

    public static Throwable failure(CompletableFuture<?> future) {
        assertThatThrownBy(future::get).isInstanceOf(ExecutionException.class);
        return future.exceptionNow();
    }
}
