package io.outpost.app.transactions;

import java.math.BigInteger;
import java.util.Optional;

/**
 * A transaction as the journal keeps it: recorded before it is broadcast, so that after a crash or a lost
 * answer the app knows it exists and follows it instead of signing again. The raw bytes are public once sent.
 * {@code to} and {@code value} are the transaction's own (empty {@code to} for a deployment); {@code recipient}
 * is whom it pays: {@code to} for native currency, the token's receiver for a token transfer, empty otherwise.
 */
public record JournalEntry(long chainId, String account, long nonce, String hash, byte[] raw, State state,
                           Optional<String> problem, long recordedAt, Optional<String> to, BigInteger value,
                           Optional<String> recipient) {
    public JournalEntry {
        raw = raw.clone();
    }

    @Override
    public byte[] raw() {
        return raw.clone();
    }

    /** Where a transaction is. Only {@code PENDING} can still change. */
    public enum State {
        /** Recorded; sent or about to be; not mined yet. */
        PENDING,
        /** Mined and succeeded. */
        MINED,
        /** Mined and reverted: it cost gas and changed nothing else. */
        REVERTED,
        /** Another transaction of the account with the same nonce was mined instead. */
        REPLACED,
        /** The node refused it outright (for example too low a fee or nonce); it was never in the pool. */
        REJECTED
    }
}
