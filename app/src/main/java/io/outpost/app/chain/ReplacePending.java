package io.outpost.app.chain;

import io.outpost.app.transactions.JournalEntry;
import io.outpost.app.transactions.Submitter;
import io.outpost.app.transactions.TransactionJournal;
import io.outpost.app.transactions.TransactionSender;
import io.outpost.network.NetworkProfile;
import io.outpost.network.rpc.Eth;
import io.outpost.network.rpc.Fees;
import io.outpost.network.rpc.JsonRpcClient;
import io.outpost.network.rpc.ReceiptPoller.Outcome;
import io.outpost.wallet.tx.SignedTransaction;
import io.outpost.wallet.tx.Transaction;
import java.math.BigInteger;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * Speeding up or cancelling a transaction still pending: a new one with the same nonce and both fees raised
 * by at least 12.5 % (what nodes require to replace one in their pool), or to today's fast fee if that is
 * higher. Whichever is mined first wins; the other settles as replaced through the journal.
 */
public final class ReplacePending {
    private static final BigInteger PLAIN_TRANSFER_GAS = BigInteger.valueOf(21_000);

    private final JsonRpcClient rpc;
    private final TransactionJournal journal;
    private final Fees fees;
    private final Submitter submitter;

    public ReplacePending(NetworkProfile network, JsonRpcClient rpc, TransactionJournal journal, TransactionSender sender) {
        this.rpc = rpc;
        this.journal = journal;
        this.fees = new Fees(rpc);
        this.submitter = new Submitter(network.chainId(), sender);
    }

    /** The same transaction again, paying more, so that it is mined sooner. */
    public CompletableFuture<Outcome> speedUp(String hash, Function<Transaction, SignedTransaction> signer) {
        return replace(hash, (account, original, fee) -> new Transaction.FeeMarket(original.chainId(), original.nonce(),
                fee.maxPriorityFeePerGas(), fee.maxFeePerGas(), original.gasLimit(), original.to(), original.value(),
                original.data()), signer);
    }

    /** Nothing instead: a transfer of zero to the account itself takes the nonce, so the original is never mined. */
    public CompletableFuture<Outcome> cancel(String hash, Function<Transaction, SignedTransaction> signer) {
        return replace(hash, (account, original, fee) -> new Transaction.FeeMarket(original.chainId(), original.nonce(),
                fee.maxPriorityFeePerGas(), fee.maxFeePerGas(), PLAIN_TRANSFER_GAS, Optional.of(account), BigInteger.ZERO,
                new byte[0]), signer);
    }

    /** Both fees raised by 12.5 %, rounded up: {@code ceil(x × 9 / 8)}. */
    static BigInteger raised(BigInteger fee) {
        return fee.multiply(BigInteger.valueOf(9)).add(BigInteger.valueOf(7)).divide(BigInteger.valueOf(8));
    }

    private interface Replacement {
        Transaction.FeeMarket build(String account, Transaction.FeeMarket original, Fees.Fee fee);
    }

    private CompletableFuture<Outcome> replace(String hash, Replacement replacement,
                                               Function<Transaction, SignedTransaction> signer) {
        JournalEntry entry = journal.byHash(hash).orElseThrow(() -> new IllegalArgumentException("no transaction " + hash));
        if (entry.state() != JournalEntry.State.PENDING) {
            throw new IllegalStateException("transaction " + hash + " is no longer pending: " + entry.state());
        }
        return rpc.call(Eth.transactionByHash(hash)).thenCombine(fees.suggest(), (found, suggestion) -> {
            Transaction.FeeMarket original = original(entry, found);
            Fees.Fee fee = new Fees.Fee(
                    raised(original.maxPriorityFeePerGas()).max(suggestion.fast().maxPriorityFeePerGas()),
                    raised(original.maxFeePerGas()).max(suggestion.fast().maxFeePerGas()));
            return submitter.send(replacement.build(entry.account(), original, fee), entry.account(), signer);
        }).thenCompose(outcome -> outcome);
    }

    // The journal keeps the signed bytes; the node's view of them gives the fields back without an RLP decoder.
    private static Transaction.FeeMarket original(JournalEntry entry, JsonNode found) {
        if (found == null || found.isNull()) {
            throw new IllegalStateException("the node does not know transaction " + entry.hash() + "; reconcile it first");
        }
        if (found.path("maxFeePerGas").isMissingNode()) {
            throw new IllegalStateException("transaction " + entry.hash() + " is not an EIP-1559 transaction");
        }
        return new Transaction.FeeMarket(entry.chainId(), BigInteger.valueOf(entry.nonce()),
                Eth.quantity(found.get("maxPriorityFeePerGas")), Eth.quantity(found.get("maxFeePerGas")),
                Eth.quantity(found.get("gas")), entry.to(), entry.value(), Eth.data(found.get("input")));
    }
}
