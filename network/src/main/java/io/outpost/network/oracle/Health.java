package io.outpost.network.oracle;

/** {@code GET /v1/health}: the oracle's state, the chain it serves and its open epoch. */
public record Health(String status, long chainId, long epoch) {
}
