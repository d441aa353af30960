package io.outpost.wallet.tx;

import io.outpost.crypto.Keccak256;
import io.outpost.crypto.Secp256k1;
import io.outpost.wallet.keys.PrivateKey;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Signs transactions with a secp256k1 private key: RFC 6979 signatures (the same input signs the same
 * way), low s, the chain id always inside what is signed. The key is only read, never kept or shown.
 */
public final class TransactionSigner {
    private static final byte FEE_MARKET_TYPE = 0x02;

    /** Signs with an unlocked wallet's key; the copy of its bytes made here is wiped afterwards. */
    public SignedTransaction sign(Transaction transaction, PrivateKey key) {
        byte[] bytes = key.bytes();
        try {
            return sign(transaction, new BigInteger(1, bytes));
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    public SignedTransaction sign(Transaction transaction, BigInteger privateKey) {
        if (!Secp256k1.isValidScalar(privateKey)) {
            throw new IllegalArgumentException("not a valid private key");
        }
        byte[] publicKey = Secp256k1.publicKeyOf(privateKey);
        String from = "0x" + HexFormat.of().formatHex(Secp256k1.address(publicKey));
        byte[] raw = switch (transaction) {
            case Transaction.FeeMarket tx -> {
                List<byte[]> fields = feeMarketFields(tx);
                byte[] signature = Secp256k1.sign(privateKey, publicKey,
                        Keccak256.hash(new byte[] {FEE_MARKET_TYPE}, Rlp.list(fields)));
                fields.add(Rlp.integer(signature[64] - 27));
                fields.addAll(rs(signature));
                yield Rlp.concat(new byte[] {FEE_MARKET_TYPE}, Rlp.list(fields));
            }
            case Transaction.Legacy tx -> {
                List<byte[]> fields = legacyFields(tx);
                List<byte[]> signing = new ArrayList<>(fields);
                signing.addAll(List.of(Rlp.integer(tx.chainId()), Rlp.integer(0), Rlp.integer(0)));
                byte[] signature = Secp256k1.sign(privateKey, publicKey, Keccak256.hash(Rlp.list(signing)));
                // EIP-155: v = recovery id + chainId * 2 + 35
                BigInteger v = BigInteger.valueOf(tx.chainId()).shiftLeft(1).add(BigInteger.valueOf(signature[64] - 27 + 35));
                fields.add(Rlp.integer(v));
                fields.addAll(rs(signature));
                yield Rlp.list(fields);
            }
        };
        return new SignedTransaction(raw, "0x" + HexFormat.of().formatHex(Keccak256.hash(raw)), from);
    }

    private static List<byte[]> feeMarketFields(Transaction.FeeMarket tx) {
        return new ArrayList<>(List.of(Rlp.integer(tx.chainId()), Rlp.integer(tx.nonce()),
                Rlp.integer(tx.maxPriorityFeePerGas()), Rlp.integer(tx.maxFeePerGas()), Rlp.integer(tx.gasLimit()),
                to(tx.to()), Rlp.integer(tx.value()), Rlp.bytes(tx.data()), Rlp.list(List.of())));
    }

    private static List<byte[]> legacyFields(Transaction.Legacy tx) {
        return new ArrayList<>(List.of(Rlp.integer(tx.nonce()), Rlp.integer(tx.gasPrice()), Rlp.integer(tx.gasLimit()),
                to(tx.to()), Rlp.integer(tx.value()), Rlp.bytes(tx.data())));
    }

    private static byte[] to(Optional<String> to) {
        return Rlp.bytes(to.map(address -> HexFormat.of().parseHex(address.substring(2))).orElse(new byte[0]));
    }

    private static List<byte[]> rs(byte[] signature) {
        return List.of(Rlp.integer(new BigInteger(1, Arrays.copyOfRange(signature, 0, 32))),
                Rlp.integer(new BigInteger(1, Arrays.copyOfRange(signature, 32, 64))));
    }
}
