package io.outpost.wallet.tx;

import java.math.BigInteger;
import java.util.Objects;
import java.util.Optional;

/**
 * An unsigned transaction. Every kind carries the chain id, so every signature is bound to one chain
 * (EIP-155 for legacy transactions, EIP-1559's own field otherwise). {@code to} is empty for a deployment.
 */
public sealed interface Transaction {
    long chainId();

    /** EIP-1559 (type 2): a tip for the block producer and a ceiling on the whole fee per gas. */
    record FeeMarket(long chainId, BigInteger nonce, BigInteger maxPriorityFeePerGas, BigInteger maxFeePerGas,
                     BigInteger gasLimit, Optional<String> to, BigInteger value, byte[] data) implements Transaction {
        public FeeMarket {
            Checks.common(chainId, nonce, gasLimit, to, value, data);
            Checks.positiveOrZero("maxPriorityFeePerGas", maxPriorityFeePerGas);
            Checks.positiveOrZero("maxFeePerGas", maxFeePerGas);
            if (maxPriorityFeePerGas.compareTo(maxFeePerGas) > 0) {
                throw new IllegalArgumentException("maxPriorityFeePerGas must not exceed maxFeePerGas");
            }
            data = data.clone();
        }

        @Override
        public byte[] data() {
            return data.clone();
        }
    }

    /** A legacy transaction with EIP-155 replay protection: one gas price. */
    record Legacy(long chainId, BigInteger nonce, BigInteger gasPrice, BigInteger gasLimit, Optional<String> to,
                  BigInteger value, byte[] data) implements Transaction {
        public Legacy {
            Checks.common(chainId, nonce, gasLimit, to, value, data);
            Checks.positiveOrZero("gasPrice", gasPrice);
            data = data.clone();
        }

        @Override
        public byte[] data() {
            return data.clone();
        }
    }

    /** Field checks shared by both kinds. */
    final class Checks {
        private Checks() {
        }

        static void common(long chainId, BigInteger nonce, BigInteger gasLimit, Optional<String> to, BigInteger value,
                           byte[] data) {
            if (chainId <= 0) {
                throw new IllegalArgumentException("chainId must be positive: a signature is always bound to one chain");
            }
            positiveOrZero("nonce", nonce);
            positiveOrZero("gasLimit", gasLimit);
            positiveOrZero("value", value);
            Objects.requireNonNull(data, "data");
            Objects.requireNonNull(to, "to").ifPresent(address -> {
                if (!address.matches("0x[0-9a-fA-F]{40}")) {
                    throw new IllegalArgumentException("to: not an address");
                }
            });
        }

        static void positiveOrZero(String field, BigInteger value) {
            if (value == null || value.signum() < 0) {
                throw new IllegalArgumentException(field + " must be zero or more");
            }
        }
    }
}
