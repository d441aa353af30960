package io.outpost.app.updates;

/** The release feed could not be read: no answer, a refused address, not XML, or not a feed. */
public final class FeedException extends Exception {
    public FeedException(String message) {
        super(message);
    }

    public FeedException(String message, Throwable cause) {
        super(message, cause);
    }
}
