package io.outpost.network.chain;

import io.outpost.network.abi.ContractAbi;
import io.outpost.network.abi.Hex;
import io.outpost.network.rpc.JsonRpcClient;
import java.math.BigInteger;
import java.util.concurrent.CompletableFuture;

/** Reads the network's ERC-20 token and builds approvals (which staking needs first) and transfers. */
public final class TokenClient {
    private final Contract token;

    public TokenClient(JsonRpcClient rpc, String address) {
        this.token = new Contract(rpc, address, ContractAbi.load("OutpostToken"));
    }

    /** The balance of {@code account}, in the token's smallest unit. */
    public CompletableFuture<BigInteger> balanceOf(String account) {
        return token.call("balanceOf", values -> (BigInteger) values.getFirst(), Hex.address(account));
    }

    public CompletableFuture<Integer> decimals() {
        return token.call("decimals", values -> ((BigInteger) values.getFirst()).intValueExact());
    }

    public CompletableFuture<String> symbol() {
        return token.call("symbol", values -> (String) values.getFirst());
    }

    /** Call data of {@code approve(spender, amount)}. */
    public byte[] approveCallData(String spender, BigInteger amount) {
        return token.callData("approve", Hex.address(spender), amount);
    }

    /** The gas of {@code owner}'s approval; fails as {@code Reverted} before signing. */
    public CompletableFuture<BigInteger> approveGas(String owner, String spender, BigInteger amount) {
        return token.estimateGas(owner, "approve", Hex.address(spender), amount);
    }

    /** Call data of {@code transfer(to, amount)}. */
    public byte[] transferCallData(String to, BigInteger amount) {
        return token.callData("transfer", Hex.address(to), amount);
    }

    /** The gas of a transfer from {@code from}; fails as {@code Reverted} ({@code ERC20InsufficientBalance}, …). */
    public CompletableFuture<BigInteger> transferGas(String from, String to, BigInteger amount) {
        return token.estimateGas(from, "transfer", Hex.address(to), amount);
    }
}
