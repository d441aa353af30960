package io.outpost.app.transactions;

/** The node answers for another chain than the network profile names: nothing may be signed for it. */
public final class WrongChainException extends IllegalStateException {
    private final long expected;
    private final long actual;

    public WrongChainException(long expected, long actual) {
        super("the node is on chain " + actual + ", the profile names chain " + expected);
        this.expected = expected;
        this.actual = actual;
    }

    /** Throws unless the node's chain {@code actual} is the profile's {@code expected}: call it before signing. */
    public static void check(long expected, long actual) {
        if (actual != expected) {
            throw new WrongChainException(expected, actual);
        }
    }

    public long expected() {
        return expected;
    }

    public long actual() {
        return actual;
    }
}
