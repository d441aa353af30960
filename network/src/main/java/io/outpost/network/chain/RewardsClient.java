package io.outpost.network.chain;

import io.outpost.network.abi.ContractAbi;
import io.outpost.network.abi.Hex;
import io.outpost.network.rpc.JsonRpcClient;
import java.math.BigInteger;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Reads the RewardsDistributor (the last posted epoch and root, what an account claimed) and builds claims. */
public final class RewardsClient {
    private final Contract distributor;

    public RewardsClient(JsonRpcClient rpc, String address) {
        this.distributor = new Contract(rpc, address, ContractAbi.load("RewardsDistributor"));
    }

    /** The last epoch whose root was posted (0 before the first). */
    public CompletableFuture<Long> currentEpoch() {
        return distributor.call("currentEpoch", values -> ((BigInteger) values.getFirst()).longValueExact());
    }

    /** The Merkle root of the cumulative amounts of the last posted epoch (32 bytes). */
    public CompletableFuture<byte[]> merkleRoot() {
        return distributor.call("merkleRoot", values -> (byte[]) values.getFirst());
    }

    /** The cumulative amount {@code account} has claimed so far, in the token's smallest unit. */
    public CompletableFuture<BigInteger> claimed(String account) {
        return distributor.call("claimed", values -> (BigInteger) values.getFirst(), Hex.address(account));
    }

    /** The gas of {@link #claimCallData}'s claim sent by {@code account}; fails as {@code Reverted} if it would revert. */
    public CompletableFuture<BigInteger> claimGas(String account, BigInteger cumulativeAmount, List<byte[]> proof) {
        return distributor.estimateGas(account, "claim", Hex.address(account), cumulativeAmount, List.copyOf(proof));
    }

    /** Call data of {@code claim}, with the oracle's cumulative amount and proof (each node 32 bytes). */
    public byte[] claimCallData(String account, BigInteger cumulativeAmount, List<byte[]> proof) {
        return distributor.callData("claim", Hex.address(account), cumulativeAmount, List.copyOf(proof));
    }
}
