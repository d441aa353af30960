package io.outpost.devices.odp;

import java.util.Objects;

/** The chain a device reports to: a display name and an EIP-155 chain id. */
public record Network(String name, long chainId) {
    /** 2^53 − 1: larger JSON integers lose precision in JavaScript tools, and no real chain id is near it. */
    public static final long MAX_CHAIN_ID = (1L << 53) - 1;

    public Network {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a network needs a name");
        }
        if (chainId < 1 || chainId > MAX_CHAIN_ID) {
            throw new IllegalArgumentException("chain id out of range 1.." + MAX_CHAIN_ID + ": " + chainId);
        }
    }
}
