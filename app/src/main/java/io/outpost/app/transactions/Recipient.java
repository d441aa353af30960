package io.outpost.app.transactions;

import io.outpost.network.abi.Hex;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Optional;

/** Whom a transaction pays, read from its fields: what the send screen's warnings compare against. */
final class Recipient {
    // transfer(address,uint256): the ERC-20 transfer every wallet recognises, whatever the token.
    private static final byte[] TRANSFER = Hex.decode("0xa9059cbb");
    private static final int TRANSFER_LENGTH = 4 + 32 + 32;

    private Recipient() {
    }

    /** {@code to} for a plain payment, the receiver of a token transfer, empty for any other call. */
    static Optional<String> of(Optional<String> to, BigInteger value, byte[] data) {
        if (data.length == 0) {
            return value.signum() > 0 ? to : Optional.empty();
        }
        if (data.length == TRANSFER_LENGTH && Arrays.equals(Arrays.copyOf(data, 4), TRANSFER)) {
            return Optional.of(Hex.encode(Arrays.copyOfRange(data, 4 + 12, 4 + 32)));
        }
        return Optional.empty();
    }
}
