package io.outpost.network.http;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs an asynchronous attempt again, after the policy's delay, for as long as it fails with a {@link Transient}. */
public final class Retrier {
    private static final Logger LOG = LoggerFactory.getLogger(Retrier.class);

    private final RetryPolicy policy;
    private final Delayer delayer;

    public Retrier(RetryPolicy policy, Delayer delayer) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.delayer = Objects.requireNonNull(delayer, "delayer");
    }

    /**
     * The first result of {@code attempt} that is not a transient failure, or the last failure once the
     * policy's attempts are used up. {@code what} names the request in the log; it must hold no secret.
     */
    public <T> CompletableFuture<T> run(String what, Supplier<CompletableFuture<T>> attempt) {
        return run(what, attempt, 1);
    }

    private <T> CompletableFuture<T> run(String what, Supplier<CompletableFuture<T>> attempt, int number) {
        return Http.start(attempt).exceptionallyCompose(error -> {
            Throwable cause = Http.unwrap(error);
            if (!(cause instanceof Transient fault) || number >= policy.maxAttempts()) {
                return CompletableFuture.failedFuture(cause);
            }
            Duration wait = policy.delay(number, fault.retryAfter());
            LOG.debug("{}: attempt {} failed ({}), trying again in {} ms", what, number, cause.getMessage(), wait.toMillis());
            return delayer.after(wait).thenCompose(ignored -> run(what, attempt, number + 1));
        });
    }
}
