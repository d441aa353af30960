package io.outpost.devnet;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.web3j.crypto.Hash;
import org.web3j.utils.Numeric;

/**
 * A tree of (account, cumulative amount) leaves hashed as OpenZeppelin's StandardMerkleTree does
 * ({@code keccak256(bytes.concat(keccak256(abi.encode(account, amount))))}), with sorted-pair parents, as
 * {@code MerkleProof} verifies them. Test side of what the oracle will compute.
 */
public final class CumulativeMerkleTree {
    private final Map<String, byte[]> leaves = new LinkedHashMap<>();
    private final List<List<byte[]>> levels = new ArrayList<>();

    public CumulativeMerkleTree(Map<String, BigInteger> amounts) {
        amounts.forEach((account, amount) -> leaves.put(account, leaf(account, amount)));
        List<byte[]> level = new ArrayList<>(leaves.values());
        levels.add(level);
        while (level.size() > 1) {
            List<byte[]> parents = new ArrayList<>();
            for (int i = 0; i < level.size(); i += 2) {
                parents.add(i + 1 < level.size() ? pair(level.get(i), level.get(i + 1)) : level.get(i));
            }
            levels.add(parents);
            level = parents;
        }
    }

    static byte[] leaf(String account, BigInteger amount) {
        byte[] encoded = new byte[64];
        byte[] address = Numeric.hexStringToByteArray(account);
        System.arraycopy(address, 0, encoded, 32 - address.length, address.length);
        byte[] value = Numeric.toBytesPadded(amount, 32);
        System.arraycopy(value, 0, encoded, 32, 32);
        return Hash.sha3(Hash.sha3(encoded));
    }

    private static byte[] pair(byte[] a, byte[] b) {
        boolean aFirst = Arrays.compareUnsigned(a, b) <= 0;
        byte[] joined = new byte[64];
        System.arraycopy(aFirst ? a : b, 0, joined, 0, 32);
        System.arraycopy(aFirst ? b : a, 0, joined, 32, 32);
        return Hash.sha3(joined);
    }

    public byte[] root() {
        return levels.getLast().getFirst();
    }

    public List<byte[]> proof(String account) {
        int index = new ArrayList<>(leaves.keySet()).indexOf(account);
        List<byte[]> proof = new ArrayList<>();
        for (List<byte[]> level : levels.subList(0, levels.size() - 1)) {
            int sibling = index ^ 1;
            if (sibling < level.size()) {
                proof.add(level.get(sibling));
            }
            index /= 2;
        }
        return proof;
    }
}
