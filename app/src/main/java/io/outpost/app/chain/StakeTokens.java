package io.outpost.app.chain;

import io.outpost.app.transactions.Submitter;
import io.outpost.app.transactions.TransactionSender;
import io.outpost.network.NetworkProfile;
import io.outpost.network.chain.StakingClient;
import io.outpost.network.chain.TokenClient;
import io.outpost.network.rpc.Fees;
import io.outpost.network.rpc.JsonRpcClient;
import io.outpost.network.rpc.ReceiptPoller.Outcome;
import io.outpost.wallet.tx.SignedTransaction;
import io.outpost.wallet.tx.Transaction;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Staking the network's token: stake (an approval, then the stake), request an unstake (starts the
 * cooldown) and withdraw after it. Each transaction is simulated before it is signed, so a call the contract
 * would refuse (a withdrawal still cooling down) fails with the contract's error name and costs nothing.
 */
public final class StakeTokens {
    private final String stakingAddress;
    private final String tokenAddress;
    private final StakingClient staking;
    private final TokenClient token;
    private final Submitter submitter;

    public StakeTokens(NetworkProfile network, JsonRpcClient rpc, TransactionSender sender) {
        this.stakingAddress = network.contracts().staking();
        this.tokenAddress = network.contracts().token();
        this.staking = new StakingClient(rpc, stakingAddress);
        this.token = new TokenClient(rpc, tokenAddress);
        this.submitter = new Submitter(network.chainId(), sender);
    }

    /** An owner's stake, what is cooling down, and from when that can be withdrawn (empty when nothing cools). */
    public record Status(BigInteger staked, BigInteger cooling, Optional<Instant> withdrawableFrom) {
    }

    /** The approval before a stake was not mined successfully; the stake was not signed. */
    public static final class ApprovalFailedException extends RuntimeException {
        private final transient Outcome outcome;

        public ApprovalFailedException(Outcome outcome) {
            super("the approval for staking ended as " + outcome + "; nothing was staked");
            this.outcome = outcome;
        }

        public Outcome outcome() {
            return outcome;
        }
    }

    public CompletableFuture<Status> status(String owner) {
        return staking.stakeOf(owner).thenCombine(staking.pending(owner), (staked, pending) -> new Status(staked,
                pending.amount(), pending.amount().signum() > 0 ? Optional.of(pending.availableAt()) : Optional.empty()));
    }

    /**
     * Approves the staking contract for {@code amount} and, once that is mined, stakes it: two transactions
     * with consecutive nonces. The stake can only be simulated after the approval is on-chain.
     */
    public CompletableFuture<Outcome> stake(String owner, BigInteger amount, Fees.Fee fee,
                                            Function<Transaction, SignedTransaction> signer) {
        Submitter.Call approve = new Submitter.Call(owner, tokenAddress, BigInteger.ZERO,
                token.approveCallData(stakingAddress, amount));
        return token.approveGas(owner, stakingAddress, amount)
                .thenCompose(gas -> submitter.submit(approve, gas, fee, signer))
                .thenCompose(approved -> {
                    if (!(approved instanceof Outcome.Mined mined && mined.receipt().success())) {
                        throw new ApprovalFailedException(approved);
                    }
                    return staking.stakeGas(owner, amount).thenCompose(gas -> submitter.submit(
                            call(owner, staking.stakeCallData(amount)), gas, fee, signer));
                });
    }

    /** Moves {@code amount} of the stake into the cooldown (a new request restarts the clock). */
    public CompletableFuture<Outcome> requestUnstake(String owner, BigInteger amount, Fees.Fee fee,
                                                     Function<Transaction, SignedTransaction> signer) {
        return staking.requestUnstakeGas(owner, amount).thenCompose(gas -> submitter.submit(
                call(owner, staking.requestUnstakeCallData(amount)), gas, fee, signer));
    }

    /** Withdraws what has cooled down; before the cooldown's end it fails as {@code Reverted("CoolingDown")}. */
    public CompletableFuture<Outcome> withdraw(String owner, Fees.Fee fee, Function<Transaction, SignedTransaction> signer) {
        return staking.withdrawGas(owner).thenCompose(gas -> submitter.submit(
                call(owner, staking.withdrawCallData()), gas, fee, signer));
    }

    private Submitter.Call call(String owner, byte[] data) {
        return new Submitter.Call(owner, stakingAddress, BigInteger.ZERO, data);
    }
}
