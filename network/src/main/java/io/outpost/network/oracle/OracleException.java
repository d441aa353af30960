package io.outpost.network.oracle;

import io.outpost.network.http.Transient;
import java.time.Duration;
import java.util.Optional;

/**
 * Why a request to the oracle failed. {@link #code()} is the oracle's {@code error} code when it sent one
 * (malformed, bad_signature, unregistered, replayed, stale_time, rate_limited, too_large, …).
 */
public abstract sealed class OracleException extends RuntimeException {
    private final String code;

    private OracleException(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public Optional<String> code() {
        return Optional.ofNullable(code);
    }

    /** A 4xx answer other than 429: the request was understood and refused, and trying again will not help. */
    public static final class Refused extends OracleException {
        private final int status;

        public Refused(int status, String code, String message) {
            super(code, "oracle refused (HTTP " + status + (code == null ? "" : ", " + code) + "): " + message, null);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    /** HTTP 429 (rate_limited), with the oracle's Retry-After. */
    public static final class RateLimited extends OracleException implements Transient {
        private final transient Optional<Duration> retryAfter;

        public RateLimited(String code, String message, Optional<Duration> retryAfter) {
            super(code, "oracle rate limit: " + message, null);
            this.retryAfter = retryAfter;
        }

        @Override
        public Optional<Duration> retryAfter() {
            return retryAfter;
        }
    }

    /** HTTP 5xx. */
    public static final class ServerFault extends OracleException implements Transient {
        public ServerFault(int status, String code, String message) {
            super(code, "oracle fault (HTTP " + status + "): " + message, null);
        }

        @Override
        public Optional<Duration> retryAfter() {
            return Optional.empty();
        }
    }

    /** No answer: connection refused or broken, or no answer in time. */
    public static final class Unreachable extends OracleException implements Transient {
        public Unreachable(String message, Throwable cause) {
            super(null, message, cause);
        }

        @Override
        public Optional<Duration> retryAfter() {
            return Optional.empty();
        }
    }

    /** A 2xx answer that is not the JSON the API describes. */
    public static final class BadResponse extends OracleException {
        public BadResponse(String message, Throwable cause) {
            super(null, message, cause);
        }
    }
}
