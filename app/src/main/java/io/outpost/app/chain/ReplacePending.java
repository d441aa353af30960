package io.outpost.app.chain;

import io.outpost.app.transactions.JournalEntry;
import io.outpost.app.transactions.Submitter;
import io.outpost.app.transactions.TransactionJournal;
import io.outpost.app.transactions.TransactionSender;
import io.outpost.app.transactions.WrongChainException;
import io.outpost.network.NetworkProfile;
import io.outpost.network.rpc.Eth;
import io.outpost.network.rpc.Fees;
import io.outpost.network.rpc.JsonRpcClient;
import io.outpost.network.rpc.ReceiptPoller.Outcome;
import io.outpost.wallet.tx.SignedTransaction;
import io.outpost.wallet.tx.Transaction;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * Speeding up or cancelling a transaction still pending: a new one with the same nonce and both fees raised
 * by at least 12.5 % (what nodes require to replace one in their pool), or to today's fast fee if that is
 * higher. Whichever is mined first wins; the other settles as replaced through the journal. Like every
 * signature, the replacement's is only made once the node has said it is on the profile's chain.
 */
public final class ReplacePending {
    private static final BigInteger PLAIN_TRANSFER_GAS = BigInteger.valueOf(21_000);

    private final long chainId;
    private final JsonRpcClient rpc;
    private final TransactionJournal journal;
    private final Fees fees;
    private final Submitter submitter;

    public ReplacePending(NetworkProfile network, JsonRpcClient rpc, TransactionJournal journal, TransactionSender sender) {
        this.chainId = network.chainId();
        this.rpc = rpc;
        this.journal = journal;
        this.fees = new Fees(rpc);
        this.submitter = new Submitter(network.chainId(), sender);
    }

    /** The journal has no transaction with this hash: it was not sent from this computer. */
    public static final class UnknownTransactionException extends IllegalArgumentException {
        public UnknownTransactionException(String hash) {
            super("no transaction " + hash);
        }
    }

    /** The transaction has ended (mined, replaced or refused): nothing can take its place any more. */
    public static final class NotPendingException extends IllegalStateException {
        private final JournalEntry.State state;

        public NotPendingException(String hash, JournalEntry.State state) {
            super("transaction " + hash + " is no longer pending: " + state);
            this.state = state;
        }

        public JournalEntry.State state() {
            return state;
        }
    }

    /** The node does not have the transaction (it dropped it from its pool, or it never arrived): nothing was signed. */
    public static final class NotOnNodeException extends IllegalStateException {
        public NotOnNodeException(String hash) {
            super("the node does not know transaction " + hash + "; reconcile it first");
        }
    }

    /** The journal's record of {@code hash} (any case), which must still be pending: what a replacement would replace. */
    public JournalEntry pending(String hash) {
        JournalEntry entry = journal.byHash(hash.strip().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new UnknownTransactionException(hash));
        if (entry.state() != JournalEntry.State.PENDING) {
            throw new NotPendingException(entry.hash(), entry.state());
        }
        return entry;
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
        JournalEntry entry = pending(hash);
        List<CompletableFuture<JsonNode>> answers = rpc.batch(List.of(Eth.chainId(), Eth.transactionByHash(entry.hash())));
        CompletableFuture<JsonNode> onThisChain = answers.get(0).thenCombine(answers.get(1), (chain, found) -> {
            WrongChainException.check(chainId, Eth.quantity(chain).longValueExact());
            return found;
        });
        return onThisChain.thenCombine(fees.suggest(), (found, suggestion) -> {
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
            throw new NotOnNodeException(entry.hash());
        }
        if (found.path("maxFeePerGas").isMissingNode()) {
            throw new IllegalStateException("transaction " + entry.hash() + " is not an EIP-1559 transaction");
        }
        return new Transaction.FeeMarket(entry.chainId(), BigInteger.valueOf(entry.nonce()),
                Eth.quantity(found.get("maxPriorityFeePerGas")), Eth.quantity(found.get("maxFeePerGas")),
                Eth.quantity(found.get("gas")), entry.to(), entry.value(), Eth.data(found.get("input")));
    }
}
