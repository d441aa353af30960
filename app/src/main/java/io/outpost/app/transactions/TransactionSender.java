package io.outpost.app.transactions;

import io.outpost.app.transactions.JournalEntry.State;
import io.outpost.network.http.Http;
import io.outpost.network.rpc.Eth;
import io.outpost.network.rpc.JsonRpcClient;
import io.outpost.network.rpc.ReceiptPoller;
import io.outpost.network.rpc.ReceiptPoller.Outcome;
import io.outpost.network.rpc.RpcException;
import io.outpost.network.rpc.RpcRequest;
import io.outpost.wallet.tx.SignedTransaction;
import io.outpost.wallet.tx.Transaction;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * Sends signed transactions so that none is ever paid twice: each is recorded in the journal before it is
 * broadcast, broadcast once, and followed by hash and nonce until it is mined or replaced — however long
 * that takes. Nothing here signs; a transaction that seems stuck is the user's to speed up or cancel (same
 * nonce), never silently re-signed with a new one.
 */
public final class TransactionSender {
    private static final Logger LOG = LoggerFactory.getLogger(TransactionSender.class);

    private final TransactionJournal journal;
    private final JsonRpcClient rpc;
    private final ReceiptPoller poller;
    private final Clock clock;

    public TransactionSender(TransactionJournal journal, JsonRpcClient rpc, ReceiptPoller poller, Clock clock) {
        this.journal = journal;
        this.rpc = rpc;
        this.poller = poller;
        this.clock = clock;
    }

    /**
     * The nonce for the account's next transaction: past everything the node knows of it (its pool included)
     * and past every transaction the journal still follows, even one the node has not seen (yet).
     */
    public CompletableFuture<Long> nextNonce(long chainId, String account) {
        long afterJournal = journal.highestPendingNonce(chainId, account).orElse(-1) + 1;
        // Asked together with the chain id: every signature is bound to a chain, and a node on another chain
        // than the profile names (a stale or forged profile) must never get one.
        List<CompletableFuture<JsonNode>> answers = rpc.batch(List.of(Eth.chainId(),
                RpcRequest.of("eth_getTransactionCount", account.toLowerCase(Locale.ROOT), "pending")));
        return answers.get(0).thenCombine(answers.get(1), (chain, count) -> {
            WrongChainException.check(chainId, Eth.quantity(chain).longValueExact());
            return Math.max(Eth.quantity(count).longValueExact(), afterJournal);
        });
    }

    /**
     * Records {@code transaction} (which is {@code unsigned}, signed), broadcasts it once and completes with how
     * it ended. When the node refuses it outright, it is settled as rejected and the future fails with the
     * node's error. When no answer comes, it may still have reached the node: it stays pending and is followed
     * (and {@link #reconcile} picks it up after a restart).
     */
    public CompletableFuture<Outcome> send(Transaction.FeeMarket unsigned, SignedTransaction transaction) {
        JournalEntry entry = new JournalEntry(unsigned.chainId(), transaction.from(), unsigned.nonce().longValueExact(),
                transaction.hash(), transaction.raw(), State.PENDING, Optional.empty(), clock.instant().getEpochSecond(),
                unsigned.to(), unsigned.value(), Recipient.of(unsigned.to(), unsigned.value(), unsigned.data()));
        journal.record(entry);
        return rpc.sendRawTransaction(transaction.raw()).handle((hash, error) -> {
            Throwable cause = error == null ? null : Http.unwrap(error);
            if (cause instanceof RpcException.RpcError refused) {
                journal.settle(entry.hash(), State.REJECTED, Optional.of(refused.getMessage()));
                throw new CompletionException(refused);
            }
            if (cause != null) {
                LOG.info("No answer to transaction {} ({}); following it by hash and nonce", entry.hash(), cause.getMessage());
            }
            return follow(entry);
        }).thenCompose(outcome -> outcome);
    }

    /**
     * After a start: every transaction still pending is broadcast again with its very same bytes (a node that
     * has it ignores it; same bytes, same hash, so never a second payment) and followed to its end.
     */
    public List<CompletableFuture<Outcome>> reconcile(long chainId) {
        return journal.pending(chainId).stream().map(entry -> rpc.sendRawTransaction(entry.raw())
                .handle((hash, error) -> follow(entry)).thenCompose(outcome -> outcome)).toList();
    }

    // Its nonce is spent: any other transaction of the account with that nonce can never be mined. Settled at
    // once, so nothing offers to speed up what is already decided while its own follower catches up.
    private void settleTheReplaced(JournalEntry mined) {
        journal.pending(mined.chainId()).stream()
                .filter(other -> other.account().equals(mined.account()) && other.nonce() == mined.nonce())
                .filter(other -> !other.hash().equals(mined.hash()))
                .forEach(other -> journal.settle(other.hash(), State.REPLACED, Optional.empty()));
    }

    private CompletableFuture<Outcome> follow(JournalEntry entry) {
        return poller.track(entry.hash(), entry.account(), entry.nonce()).thenApply(outcome -> {
            switch (outcome) {
                case Outcome.Mined mined -> {
                    journal.settle(entry.hash(), mined.receipt().success() ? State.MINED : State.REVERTED, Optional.empty());
                    settleTheReplaced(entry);
                }
                case Outcome.Replaced replaced -> journal.settle(entry.hash(), State.REPLACED, Optional.empty());
            }
            return outcome;
        });
    }
}
