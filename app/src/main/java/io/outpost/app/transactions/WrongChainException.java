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

    public long expected() {
        return expected;
    }

    public long actual() {
        return actual;
    }
}
