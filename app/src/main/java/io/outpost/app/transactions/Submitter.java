package io.outpost.app.transactions;

import io.outpost.network.rpc.Fees;
import io.outpost.network.rpc.ReceiptPoller.Outcome;
import io.outpost.wallet.tx.SignedTransaction;
import io.outpost.wallet.tx.Transaction;
import java.math.BigInteger;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The last steps of every use case that pays: a simulated call gets the account's next nonce, is signed at
 * the chosen fee by whoever holds the key, checked to come from that account, and sent through the journal.
 */
public final class Submitter {
    // Gas estimates are exact for the state they ran on; a little room for state that changes in between.
    private static final BigInteger GAS_MARGIN_PERCENT = BigInteger.valueOf(120);

    private final long chainId;
    private final TransactionSender sender;

    public Submitter(long chainId, TransactionSender sender) {
        this.chainId = chainId;
        this.sender = sender;
    }

    /** A transaction before its nonce, fee and signature: who calls what, paying how much, with what data. */
    public record Call(String from, String to, BigInteger value, byte[] data) {
        public Call {
            data = data.clone();
        }

        @Override
        public byte[] data() {
            return data.clone();
        }
    }

    /** Signed by another account than the one whose call it is: nothing was sent. */
    public static final class WrongSignerException extends RuntimeException {
        public WrongSignerException(String message) {
            super(message);
        }
    }

    /** The gas limit for a call whose simulation used {@code estimate}. */
    public static BigInteger gasLimit(BigInteger estimate) {
        return estimate.multiply(GAS_MARGIN_PERCENT).divide(BigInteger.valueOf(100));
    }

    /** Signs {@code call} with the account's next nonce and {@link #gasLimit} of {@code estimate}, then sends it. */
    public CompletableFuture<Outcome> submit(Call call, BigInteger estimate, Fees.Fee fee,
                                             Function<Transaction, SignedTransaction> signer) {
        return sender.nextNonce(chainId, call.from()).thenCompose(nonce -> send(new Transaction.FeeMarket(chainId,
                BigInteger.valueOf(nonce), fee.maxPriorityFeePerGas(), fee.maxFeePerGas(), gasLimit(estimate),
                Optional.of(call.to()), call.value(), call.data()), call.from(), signer));
    }

    /** Signs {@code unsigned}, refuses a signature of another account than {@code account}, and sends it. */
    public CompletableFuture<Outcome> send(Transaction.FeeMarket unsigned, String account,
                                           Function<Transaction, SignedTransaction> signer) {
        SignedTransaction signed = signer.apply(unsigned);
        if (!signed.from().equals(account.toLowerCase(Locale.ROOT))) {
            throw new WrongSignerException("signed by another account than " + account);
        }
        return sender.send(unsigned, signed);
    }
}
