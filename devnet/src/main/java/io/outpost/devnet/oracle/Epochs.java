package io.outpost.devnet.oracle;

/**
 * Epoch arithmetic: epochs are numbered from 1, and epoch k covers [genesis + (k-1)E, genesis + kE) in unix
 * seconds. Times before genesis belong to no epoch (number 0).
 */
record Epochs(long genesis, long seconds) {
    Epochs {
        if (seconds < 1) {
            throw new IllegalArgumentException("an epoch lasts at least one second");
        }
    }

    /** The epoch that contains {@code unixSeconds}, 0 before genesis. */
    long numberAt(long unixSeconds) {
        return unixSeconds < genesis ? 0 : Math.floorDiv(unixSeconds - genesis, seconds) + 1;
    }

    long start(long epoch) {
        return genesis + (epoch - 1) * seconds;
    }

    long end(long epoch) {
        return genesis + epoch * seconds;
    }
}
