package io.outpost.app;

import io.outpost.app.chain.AccountHistory;
import io.outpost.app.chain.ReplacePending;
import io.outpost.app.chain.SendFunds;
import io.outpost.app.chain.StakeTokens;
import io.outpost.app.rewards.ClaimRewards;
import io.outpost.app.transactions.TransactionJournal;
import io.outpost.app.transactions.TransactionSender;
import io.outpost.app.wallet.Balances;
import io.outpost.app.wallet.WalletActions;
import io.outpost.network.NetworkProfile;
import io.outpost.network.http.Delayer;
import io.outpost.network.http.Retrier;
import io.outpost.network.http.RetryPolicy;
import io.outpost.network.oracle.OracleClient;
import io.outpost.network.rpc.Fees;
import io.outpost.network.rpc.JsonRpcClient;
import io.outpost.network.rpc.ReceiptPoller;
import io.outpost.network.rpc.RpcOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * What the app does on a network's chain and oracle, made per use for the network asked for: clients over the app's
 * one HTTP client, transactions through the app's one journal. Part of {@link AppServices}, which owns both.
 */
public final class ChainServices implements WalletActions.Chain {
    private static final Duration RECEIPT_POLL = Duration.ofSeconds(1);
    private static final Duration ORACLE_TIMEOUT = Duration.ofSeconds(20);

    private final Supplier<HttpClient> http;
    private final Supplier<TransactionJournal> journal;
    private final Clock clock;

    /** Both suppliers are asked on each use: the client and the journal are made when first needed. */
    ChainServices(Supplier<HttpClient> http, Supplier<TransactionJournal> journal, Clock clock) {
        this.http = http;
        this.journal = journal;
        this.clock = clock;
    }

    /** The balances of the wallet's accounts on {@code network}, read from its chain and its oracle. */
    @Override
    public Balances balances(NetworkProfile network) {
        return new Balances(network, rpcOf(network), oracleOf(network));
    }

    /** Claiming rewards on {@code network}: proofs checked against its chain, transactions through the journal. */
    @Override
    public ClaimRewards claimRewards(NetworkProfile network) {
        JsonRpcClient rpc = rpcOf(network);
        return new ClaimRewards(network, rpc, oracleOf(network), senderOn(rpc));
    }

    /** Staking on {@code network}: stake, request unstake, withdraw after the cooldown, through the journal. */
    @Override
    public StakeTokens staking(NetworkProfile network) {
        JsonRpcClient rpc = rpcOf(network);
        return new StakeTokens(network, rpc, senderOn(rpc));
    }

    /** Sending coins or tokens on {@code network}: checked, simulated and priced before signing. */
    @Override
    public SendFunds sendFunds(NetworkProfile network) {
        JsonRpcClient rpc = rpcOf(network);
        return new SendFunds(network, rpc, journal.get(), senderOn(rpc));
    }

    /** Speeding up or cancelling a transaction still pending on {@code network}: same nonce, higher fees. */
    @Override
    public ReplacePending replacePending(NetworkProfile network) {
        JsonRpcClient rpc = rpcOf(network);
        return new ReplacePending(network, rpc, journal.get(), senderOn(rpc));
    }

    /** An account's history on {@code network}: the journal's transactions and the account's contract events. */
    @Override
    public AccountHistory history(NetworkProfile network) {
        return new AccountHistory(network, rpcOf(network), journal.get());
    }

    /** Fee suggestions from {@code network}'s recent blocks. */
    @Override
    public Fees fees(NetworkProfile network) {
        return new Fees(rpcOf(network));
    }

    /** Sends through the journal on {@code rpc}'s chain and waits for receipts. */
    TransactionSender senderOn(JsonRpcClient rpc) {
        return new TransactionSender(journal.get(), rpc, new ReceiptPoller(rpc, Delayer.real(), RECEIPT_POLL), clock);
    }

    JsonRpcClient rpcOf(NetworkProfile network) {
        return rpcOn(network.rpcUrls());
    }

    /** A client of the chain behind {@code urls} (tried in turn): also how a network is checked before it is used. */
    JsonRpcClient rpcOn(List<URI> urls) {
        return new JsonRpcClient(http.get(), urls, RpcOptions.defaults(), Delayer.real(), clock);
    }

    OracleClient oracleOf(NetworkProfile network) {
        return new OracleClient(http.get(), network.oracleUrl(), ORACLE_TIMEOUT,
                new Retrier(RetryPolicy.defaults(), Delayer.real()), clock);
    }
}
