package io.outpost.network.http;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/** What the RPC and oracle clients share about HTTP: the client, faults, Retry-After and safe-to-show addresses. */
public final class Http {
    private Http() {
    }

    /** An HTTP/1.1 client (no h2c upgrade dance with nodes that do not speak HTTP/2) with a connect timeout. */
    public static HttpClient newClient(Duration connectTimeout) {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(connectTimeout).build();
    }

    /** Whether the request never reached the server: the connection was refused, or not made in time. */
    public static boolean connectFailed(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof HttpConnectTimeoutException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Why a request got no answer, in words naming {@code where} (an {@link #origin}), or empty when the
     * failure is not a network one.
     */
    public static Optional<String> noAnswer(Throwable error, String where, Duration timeout) {
        if (connectFailed(error)) {
            return Optional.of("cannot connect to " + where);
        }
        if (error instanceof HttpTimeoutException) {
            return Optional.of("no answer from " + where + " within " + timeout.toMillis() + " ms");
        }
        if (error instanceof IOException) {
            return Optional.of("the connection to " + where + " failed: " + error.getMessage());
        }
        return Optional.empty();
    }

    /** The server's Retry-After, in seconds or as an HTTP date; empty when absent or unreadable. */
    public static Optional<Duration> retryAfter(HttpResponse<?> response, Clock clock) {
        return response.headers().firstValue("Retry-After").map(String::trim).flatMap(value -> {
            if (value.matches("\\d{1,9}")) {
                return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
            }
            try {
                Duration until = Duration.between(clock.instant(),
                        ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
                return Optional.of(until.isNegative() ? Duration.ZERO : until);
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        });
    }

    /**
     * The address to show in messages and logs: scheme, host and port only. Hosted RPC providers put the
     * API key in the path or the user info (…/v3/KEY), which must not reach a log or an error message.
     */
    public static String origin(URI url) {
        String path = url.getRawPath();
        boolean hidden = path != null && !path.isEmpty() && !"/".equals(path) || url.getRawQuery() != null
                || url.getRawUserInfo() != null;
        return url.getScheme() + "://" + url.getHost() + (url.getPort() >= 0 ? ":" + url.getPort() : "")
                + (hidden ? "/…" : "");
    }

    /** The failure inside the wrappers that CompletableFuture puts around it. */
    public static Throwable unwrap(Throwable error) {
        Throwable t = error;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    /** The future of {@code attempt}, or a failed one when it throws instead of returning a future. */
    public static <T> CompletableFuture<T> start(Supplier<CompletableFuture<T>> attempt) {
        try {
            return attempt.get();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }
}
