package io.outpost.app.wallet;

import io.outpost.app.chain.AccountHistory;
import io.outpost.app.chain.ReplacePending;
import io.outpost.app.chain.SendFunds;
import io.outpost.app.chain.StakeTokens;
import io.outpost.app.rewards.ClaimRewards;
import io.outpost.network.NetworkProfile;
import io.outpost.network.rpc.Fees;
import io.outpost.network.rpc.ReceiptPoller.Outcome;
import io.outpost.wallet.Account;
import io.outpost.wallet.keys.Address;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * What the wallet screens do, on the active network, as blocking calls for a background thread: read the
 * overview, claim, stake, unstake, withdraw, send and read the history. Every refusal is a
 * {@link WalletProblem.Failure} that says why; nothing is signed unless the session is unlocked.
 */
public final class WalletActions {
    /** The chain use cases of a network, as the composition root makes them. */
    public interface Chain {
        Balances balances(NetworkProfile network);

        ClaimRewards claimRewards(NetworkProfile network);

        StakeTokens staking(NetworkProfile network);

        SendFunds sendFunds(NetworkProfile network);

        AccountHistory history(NetworkProfile network);

        Fees fees(NetworkProfile network);

        ReplacePending replacePending(NetworkProfile network);
    }

    private final WalletService wallet;
    private final WalletSession session;
    private final Supplier<NetworkProfile> network;
    private final Chain chain;

    public WalletActions(WalletService wallet, WalletSession session, Supplier<NetworkProfile> network, Chain chain) {
        this.wallet = wallet;
        this.session = session;
        this.network = network;
        this.chain = chain;
    }

    /**
     * Everything the overview shows: the network's token, the wallet's accounts (read on this computer, so
     * always there) and their balances, or the problem that kept them from being read.
     */
    public record Overview(NetworkProfile.TokenInfo token, List<Address> accounts,
                           Optional<List<Balances.AccountBalance>> balances, Optional<WalletProblem> problem) {
        public Overview {
            accounts = List.copyOf(accounts);
            balances = balances.map(List::copyOf);
        }
    }

    public Overview overview() throws IOException {
        NetworkProfile profile = network.get();
        List<Address> addresses = wallet.accounts().stream().map(Account::address).toList();
        try {
            return new Overview(profile.token(), addresses, Optional.of(await(chain.balances(profile).of(addresses))),
                    Optional.empty());
        } catch (WalletProblem.Failure failure) {
            return new Overview(profile.token(), addresses, Optional.empty(), Optional.of(failure.problem()));
        }
    }

    /** The token of the active network, for amounts typed and shown. */
    public NetworkProfile.TokenInfo token() {
        return network.get().token();
    }

    /** The active network's contracts, so that a history can name them instead of showing their addresses. */
    public NetworkProfile.ContractAddresses contracts() {
        return network.get().contracts();
    }

    /** Claims what {@code account} earned; the amount claimed, or empty when nothing was due. */
    public Optional<BigInteger> claim(Address account) {
        NetworkProfile profile = network.get();
        ClaimRewards claims = chain.claimRewards(profile);
        Optional<ClaimRewards.Claimable> due = await(claims.check(account.value()));
        if (due.isEmpty()) {
            return Optional.empty();
        }
        requireUnlocked();
        minedOrFail(await(claims.claim(due.get(), normalFee(profile), session.signerFor(account))));
        return Optional.of(due.get().amount());
    }

    public StakeTokens.Status stakeStatus(Address account) {
        return await(chain.staking(network.get()).status(account.value()));
    }

    /** Stakes {@code amount} (an approval, then the stake); the stake after it. */
    public StakeTokens.Status stake(Address account, BigInteger amount) {
        requireUnlocked();
        NetworkProfile profile = network.get();
        StakeTokens staking = chain.staking(profile);
        minedOrFail(await(staking.stake(account.value(), amount, normalFee(profile), session.signerFor(account))));
        return await(staking.status(account.value()));
    }

    /** Starts the cooldown for {@code amount}; the status after it says from when it can be withdrawn. */
    public StakeTokens.Status requestUnstake(Address account, BigInteger amount) {
        requireUnlocked();
        NetworkProfile profile = network.get();
        StakeTokens staking = chain.staking(profile);
        minedOrFail(await(staking.requestUnstake(account.value(), amount, normalFee(profile), session.signerFor(account))));
        return await(staking.status(account.value()));
    }

    /**
     * Withdraws what has cooled down. Before the cooldown's end the contract refuses it in simulation, and
     * this fails naming the date (the chain's clock decides, not this computer's); nothing is sent.
     */
    public StakeTokens.Status withdraw(Address account) {
        requireUnlocked();
        NetworkProfile profile = network.get();
        StakeTokens staking = chain.staking(profile);
        StakeTokens.Status before = await(staking.status(account.value()));
        if (before.withdrawableFrom().isEmpty()) {
            throw new WalletProblem.Failure(WalletProblem.of(WalletProblem.Kind.NOTHING_COOLING));
        }
        try {
            minedOrFail(await(staking.withdraw(account.value(), normalFee(profile), session.signerFor(account))));
        } catch (WalletProblem.Failure failure) {
            if (failure.problem().kind() == WalletProblem.Kind.REFUSED && "CoolingDown".equals(failure.problem().detail())) {
                throw new WalletProblem.Failure(WalletProblem.coolingDown(before.withdrawableFrom().get()));
            }
            throw failure;
        }
        return await(staking.status(account.value()));
    }

    /** Checks, simulates and prices a transfer; nothing is signed yet. */
    public SendFunds.Review reviewSend(Address from, String recipient, SendFunds.Asset asset, BigInteger amount,
                                       SendFunds.Speed speed) {
        return await(chain.sendFunds(network.get()).review(from.value(), recipient, asset, amount, speed));
    }

    /** Signs and sends a reviewed transfer; returns its transaction hash once mined. */
    public String send(SendFunds.Review review) {
        requireUnlocked();
        Outcome outcome = await(chain.sendFunds(network.get()).send(review, session.signerFor(new Address(review.from()))));
        return minedOrFail(outcome);
    }

    /** Sends a transaction still waiting again, with the same nonce and higher fees; its hash once mined. */
    public String speedUp(String hash) {
        return replace(hash, true);
    }

    /** Replaces a transaction still waiting with a transfer of nothing to the account itself. */
    public String cancel(String hash) {
        return replace(hash, false);
    }

    private String replace(String hash, boolean speedUp) {
        requireUnlocked();
        ReplacePending replacing = chain.replacePending(network.get());
        Address account;
        try {
            account = new Address(replacing.pending(hash).account());
        } catch (ReplacePending.NotPendingException | ReplacePending.UnknownTransactionException e) {
            throw new WalletProblem.Failure(WalletProblem.of(WalletProblem.Kind.NOT_PENDING));
        }
        var signer = session.signerFor(account);
        return minedOrFail(await(speedUp ? replacing.speedUp(hash, signer) : replacing.cancel(hash, signer)));
    }

    /** The account's transactions and contract events, newest first. */
    public List<AccountHistory.Item> history(Address account) {
        return await(chain.history(network.get()).of(account.value()));
    }

    private void requireUnlocked() {
        if (!session.isUnlocked()) {
            throw new WalletProblem.Failure(WalletProblem.of(WalletProblem.Kind.LOCKED));
        }
    }

    private Fees.Fee normalFee(NetworkProfile profile) {
        return await(chain.fees(profile).suggest()).normal();
    }

    private static String minedOrFail(Outcome outcome) {
        if (outcome instanceof Outcome.Mined mined) {
            if (mined.receipt().success()) {
                return mined.receipt().transactionHash();
            }
            throw new WalletProblem.Failure(WalletProblem.of(WalletProblem.Kind.FAILED_ON_CHAIN));
        }
        throw new WalletProblem.Failure(WalletProblem.of(WalletProblem.Kind.NOT_MINED));
    }

    // Every failure leaves here as a WalletProblem.Failure, so the screens have one thing to explain.
    private static <T> T await(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (RuntimeException e) {
            throw new WalletProblem.Failure(WalletProblem.of(e));
        }
    }
}
