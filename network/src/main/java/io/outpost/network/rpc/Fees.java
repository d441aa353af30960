package io.outpost.network.rpc;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import tools.jackson.databind.JsonNode;

/**
 * EIP-1559 fee suggestions from {@code eth_feeHistory}: for slow, normal and fast, the median of recent
 * blocks' 25th, 50th and 75th percentile tips, and a fee cap of twice the next block's base fee plus that tip
 * (room for six full blocks of base-fee rises before the transaction waits).
 */
public final class Fees {
    private static final int BLOCKS = 10;

    private final JsonRpcClient rpc;

    public Fees(JsonRpcClient rpc) {
        this.rpc = rpc;
    }

    /** What one speed costs per gas: the tip and the most the sender pays in all. */
    public record Fee(BigInteger maxPriorityFeePerGas, BigInteger maxFeePerGas) {
    }

    public record Suggestion(Fee slow, Fee normal, Fee fast) {
    }

    public CompletableFuture<Suggestion> suggest() {
        return rpc.call(Eth.feeHistory(BLOCKS)).thenApply(Fees::fromHistory);
    }

    static Suggestion fromHistory(JsonNode history) {
        JsonNode baseFees = history.path("baseFeePerGas");
        if (!baseFees.isArray() || baseFees.isEmpty()) {
            throw new RpcException.BadResponse("eth_feeHistory without base fees", null);
        }
        BigInteger nextBaseFee = Eth.quantity(baseFees.get(baseFees.size() - 1));
        JsonNode rewards = history.path("reward");
        return new Suggestion(fee(nextBaseFee, rewards, 0), fee(nextBaseFee, rewards, 1), fee(nextBaseFee, rewards, 2));
    }

    private static Fee fee(BigInteger nextBaseFee, JsonNode rewards, int percentile) {
        List<BigInteger> tips = new ArrayList<>();
        rewards.forEach(block -> tips.add(Eth.quantity(block.get(percentile))));
        tips.sort(null);
        BigInteger tip = tips.isEmpty() ? BigInteger.ZERO : tips.get(tips.size() / 2);
        return new Fee(tip, nextBaseFee.shiftLeft(1).add(tip));
    }
}
