package io.outpost.network.chain;

import io.outpost.network.abi.ContractAbi;
import io.outpost.network.abi.Hex;
import io.outpost.network.rpc.JsonRpcClient;
import java.math.BigInteger;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/** Reads an owner's stake and pending unstake, and builds the staking transactions' call data. */
public final class StakingClient {
    private final Contract staking;

    public StakingClient(JsonRpcClient rpc, String address) {
        this.staking = new Contract(rpc, address, ContractAbi.load("Staking"));
    }

    /** Tokens in the cooldown, and when they can be withdrawn; zero and {@code Instant.EPOCH} when there are none. */
    public record PendingUnstake(BigInteger amount, Instant availableAt) {
    }

    public CompletableFuture<BigInteger> stakeOf(String owner) {
        return staking.call("stakeOf", values -> (BigInteger) values.getFirst(), Hex.address(owner));
    }

    public CompletableFuture<PendingUnstake> pending(String owner) {
        return staking.call("pending", values -> new PendingUnstake((BigInteger) values.get(0),
                Instant.ofEpochSecond(((BigInteger) values.get(1)).longValueExact())), Hex.address(owner));
    }

    /** Call data of {@code stake(amount)}; the token must first be approved for the staking contract. */
    public byte[] stakeCallData(BigInteger amount) {
        return staking.callData("stake", amount);
    }

    public byte[] requestUnstakeCallData(BigInteger amount) {
        return staking.callData("requestUnstake", amount);
    }

    public byte[] withdrawCallData() {
        return staking.callData("withdraw");
    }

    /** The gas of {@code owner}'s stake; fails as {@code Reverted} (for example without an approval) before signing. */
    public CompletableFuture<BigInteger> stakeGas(String owner, BigInteger amount) {
        return staking.estimateGas(owner, "stake", amount);
    }

    /** The gas of {@code owner}'s unstake request; fails as {@code Reverted} ({@code InsufficientStake}, …). */
    public CompletableFuture<BigInteger> requestUnstakeGas(String owner, BigInteger amount) {
        return staking.estimateGas(owner, "requestUnstake", amount);
    }

    /** The gas of {@code owner}'s withdrawal; fails as {@code Reverted} ({@code CoolingDown}, {@code NothingPending}). */
    public CompletableFuture<BigInteger> withdrawGas(String owner) {
        return staking.estimateGas(owner, "withdraw");
    }
}
