package io.outpost.network.oracle;

import java.math.BigInteger;
import java.util.List;

/** {@code GET /v1/epochs}: epoch k covers [genesis + (k-1)·epochSeconds, genesis + k·epochSeconds). */
public record Epochs(long epochSeconds, long genesis, Current current, List<Posted> posted) {
    public record Current(long epoch, long start, long end) {
    }

    /** An epoch whose root is on-chain: the root, the amount it added, and the transaction that posted it. */
    public record Posted(long epoch, String root, BigInteger totalAmount, String txHash) {
    }
}
