package io.outpost.devnet.oracle;

/** A request the oracle refuses: answered with the refusal's status and {@code {"error", "message"}}. */
final class ApiError extends Exception {
    private final Refusal refusal;

    ApiError(Refusal refusal, String message) {
        super(message, null, false, false);
        this.refusal = refusal;
    }

    static ApiError malformed(String message) {
        return new ApiError(Refusal.MALFORMED, message);
    }

    Refusal refusal() {
        return refusal;
    }
}
