package io.outpost.network.oracle;

import io.outpost.network.abi.Hex;
import java.math.BigInteger;
import java.util.List;

/**
 * {@code GET /v1/rewards/{owner}}: the owner's cumulative amount in the last posted tree and its Merkle
 * proof, which {@code RewardsClient.claimCallData} turns into a claim.
 */
public record Rewards(String owner, long epoch, BigInteger cumulativeAmount, List<String> proof, String root) {
    /** The proof's nodes as 32-byte values. */
    public List<byte[]> proofBytes() {
        return proof.stream().map(Hex::decode).toList();
    }
}
