package io.outpost.devnet.network;

import static org.assertj.core.api.Assertions.assertThat;

import io.outpost.devnet.merkle.CumulativeMerkleTree;
import io.outpost.network.chain.MerkleProofs;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The app's proof check agrees with the oracle's tree for every leaf, and refuses a changed amount or account. */
class MerkleProofsTest {
    @Test
    void everyProofOfTheOraclesTreeChecksOutAndNothingElseDoes() {
        Map<String, BigInteger> amounts = new LinkedHashMap<>();
        for (int i = 1; i <= 7; i++) {
            amounts.put("0x%040x".formatted(i * 0x1111L), BigInteger.valueOf(i).multiply(BigInteger.TEN.pow(18)));
        }
        CumulativeMerkleTree tree = new CumulativeMerkleTree(amounts);
        amounts.forEach((account, amount) -> {
            assertThat(MerkleProofs.verify(tree.root(), account, amount, tree.proof(account))).as(account).isTrue();
            assertThat(MerkleProofs.verify(tree.root(), account, amount.add(BigInteger.ONE), tree.proof(account))).isFalse();
        });
        String first = amounts.keySet().iterator().next();
        assertThat(MerkleProofs.verify(tree.root(), "0x%040x".formatted(0x9999L), amounts.get(first), tree.proof(first))).isFalse();
    }
}
