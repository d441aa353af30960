package io.outpost.network.http;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Waits without blocking a thread. Tests pass one that records the delay and returns at once. */
@FunctionalInterface
public interface Delayer {
    CompletableFuture<Void> after(Duration delay);

    /** Real time, on the common pool's delayed executor. */
    static Delayer real() {
        return delay -> CompletableFuture.runAsync(() -> { },
                CompletableFuture.delayedExecutor(delay.toMillis(), TimeUnit.MILLISECONDS));
    }
}
