package io.outpost.network.http;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records each wait and returns at once, so retry tests take no real seconds. */
public final class RecordingDelayer implements Delayer {
    private final List<Duration> waits = new CopyOnWriteArrayList<>();

    @Override
    public CompletableFuture<Void> after(Duration delay) {
        waits.add(delay);
        return CompletableFuture.completedFuture(null);
    }

    public List<Duration> waits() {
        return List.copyOf(waits);
    }
}
