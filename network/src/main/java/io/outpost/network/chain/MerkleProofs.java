package io.outpost.network.chain;

import io.outpost.crypto.Keccak256;
import io.outpost.network.abi.Hex;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;

/**
 * Checks a rewards proof the way {@code RewardsDistributor.claim} will: the leaf OpenZeppelin's
 * StandardMerkleTree makes of {@code (account, cumulativeAmount)}, folded with each sibling in sorted order.
 * The app checks before it signs, so a wrong proof from an oracle costs no gas.
 */
public final class MerkleProofs {
    private MerkleProofs() {
    }

    public static boolean verify(byte[] root, String account, BigInteger cumulativeAmount, List<byte[]> proof) {
        byte[] node = leaf(account, cumulativeAmount);
        for (byte[] sibling : proof) {
            node = Arrays.compareUnsigned(node, sibling) <= 0 ? Keccak256.hash(node, sibling) : Keccak256.hash(sibling, node);
        }
        return Arrays.equals(node, root);
    }

    /** {@code keccak256(bytes.concat(keccak256(abi.encode(account, amount))))}. */
    static byte[] leaf(String account, BigInteger amount) {
        byte[] encoded = new byte[64];
        byte[] address = Hex.decode(Hex.address(account));
        System.arraycopy(address, 0, encoded, 32 - address.length, address.length);
        byte[] value = amount.toByteArray();
        int length = value[0] == 0 ? value.length - 1 : value.length;
        System.arraycopy(value, value.length - length, encoded, 64 - length, length);
        return Keccak256.hash(Keccak256.hash(encoded));
    }
}
