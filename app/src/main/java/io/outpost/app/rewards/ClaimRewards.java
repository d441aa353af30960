package io.outpost.app.rewards;

import io.outpost.app.transactions.Submitter;
import io.outpost.app.transactions.TransactionSender;
import io.outpost.network.NetworkProfile;
import io.outpost.network.abi.Hex;
import io.outpost.network.chain.MerkleProofs;
import io.outpost.network.chain.RewardsClient;
import io.outpost.network.oracle.OracleClient;
import io.outpost.network.oracle.Rewards;
import io.outpost.network.rpc.Fees;
import io.outpost.network.rpc.JsonRpcClient;
import io.outpost.network.rpc.ReceiptPoller.Outcome;
import io.outpost.wallet.tx.SignedTransaction;
import io.outpost.wallet.tx.Transaction;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Claiming rewards: the oracle says what an owner earned and hands a proof; the app checks the proof against
 * the root on-chain, simulates the claim, and only then signs and sends it. An oracle that lies costs nothing.
 */
public final class ClaimRewards {
    private final NetworkProfile network;
    private final RewardsClient rewards;
    private final OracleClient oracle;
    private final Submitter submitter;

    public ClaimRewards(NetworkProfile network, JsonRpcClient rpc, OracleClient oracle, TransactionSender sender) {
        this.network = network;
        this.rewards = new RewardsClient(rpc, network.contracts().rewardsDistributor());
        this.oracle = oracle;
        this.submitter = new Submitter(network.chainId(), sender);
    }

    /** What an account can claim now, and the proof that will pay it. */
    public record Claimable(String account, BigInteger amount, BigInteger cumulativeAmount, long epoch, List<byte[]> proof) {
        public Claimable {
            proof = proof.stream().map(byte[]::clone).toList();
        }
    }

    /**
     * What {@code account} can claim, its proof checked against the root on-chain; empty when nothing is
     * due. Fails with {@link ClaimException} when the oracle's proof does not match the chain.
     */
    public CompletableFuture<Optional<Claimable>> check(String account) {
        return oracle.rewards(account).thenCompose(offer -> offer.isEmpty()
                ? CompletableFuture.completedFuture(Optional.<Claimable>empty())
                : rewards.merkleRoot().thenCombine(rewards.claimed(account),
                        (root, claimed) -> claimable(account, offer.get(), root, claimed)));
    }

    private static Optional<Claimable> claimable(String account, Rewards offer, byte[] root, BigInteger claimed) {
        if (!Arrays.equals(Hex.decode(offer.root()), root)) {
            throw new ClaimException(ClaimException.Reason.ROOT_NOT_ON_CHAIN,
                    "the oracle's latest rewards (epoch " + offer.epoch() + ") are not on-chain yet");
        }
        if (!MerkleProofs.verify(root, account, offer.cumulativeAmount(), offer.proofBytes())) {
            throw new ClaimException(ClaimException.Reason.BAD_PROOF, "the oracle's proof does not match the root on-chain");
        }
        BigInteger due = offer.cumulativeAmount().subtract(claimed);
        return due.signum() > 0
                ? Optional.of(new Claimable(account, due, offer.cumulativeAmount(), offer.epoch(), offer.proofBytes()))
                : Optional.empty();
    }

    /**
     * Simulates the claim (a claim that would revert fails here, before signing), signs it with {@code signer}
     * at {@code fee}, sends it and completes when it is mined or replaced.
     */
    public CompletableFuture<Outcome> claim(Claimable claimable, Fees.Fee fee, Function<Transaction, SignedTransaction> signer) {
        Submitter.Call call = new Submitter.Call(claimable.account(), network.contracts().rewardsDistributor(), BigInteger.ZERO,
                rewards.claimCallData(claimable.account(), claimable.cumulativeAmount(), claimable.proof()));
        return rewards.claimGas(claimable.account(), claimable.cumulativeAmount(), claimable.proof())
                .thenCompose(gas -> submitter.submit(call, gas, fee, signer));
    }
}
