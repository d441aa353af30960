package io.outpost.devnet.oracle;

import java.util.Locale;

/** Why the oracle refused a request: the HTTP status and the {@code error} code of the JSON body. */
enum Refusal {
    MALFORMED(400),
    BAD_SIGNATURE(400),
    UNREGISTERED(403),
    NOT_FOUND(404),
    UNKNOWN_EPOCH(404),
    NO_REWARDS(404),
    NOT_PAID(404),
    METHOD_NOT_ALLOWED(405),
    REPLAYED(409),
    TOO_LARGE(413),
    STALE_TIME(422),
    RATE_LIMITED(429),
    INTERNAL(500),
    UNAVAILABLE(503);

    private final int status;

    Refusal(int status) {
        this.status = status;
    }

    int status() {
        return status;
    }

    String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
