package io.outpost.network.rpc;

import io.outpost.network.abi.Hex;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** The Ethereum JSON-RPC methods Outpost uses, and readers for their answers. */
public final class Eth {
    private Eth() {
    }

    public static RpcRequest chainId() {
        return RpcRequest.of("eth_chainId");
    }

    public static RpcRequest blockNumber() {
        return RpcRequest.of("eth_blockNumber");
    }

    public static RpcRequest getCode(String address) {
        return RpcRequest.of("eth_getCode", Hex.address(address), "latest");
    }

    /** A read-only call of {@code data} on contract {@code to}, at the latest block. */
    public static RpcRequest call(String to, byte[] data) {
        return RpcRequest.of("eth_call", Map.of("to", Hex.address(to), "data", Hex.encode(data)), "latest");
    }

    /**
     * The gas a transaction would use, found by running it against the latest state: a transaction that
     * would revert fails here, with its reason, before anything is signed.
     */
    public static RpcRequest estimateGas(String from, String to, byte[] data, BigInteger value) {
        return RpcRequest.of("eth_estimateGas", Map.of("from", Hex.address(from), "to", Hex.address(to),
                "data", Hex.encode(data), "value", "0x" + value.toString(16)));
    }

    /** Base fees and the 25th/50th/75th percentile tips of the last {@code blocks} blocks. */
    public static RpcRequest feeHistory(int blocks) {
        return RpcRequest.of("eth_feeHistory", "0x" + Integer.toHexString(blocks), "latest", List.of(25, 50, 75));
    }

    public static RpcRequest transactionReceipt(String hash) {
        return RpcRequest.of("eth_getTransactionReceipt", hash);
    }

    /** A transaction by its hash, pending or mined; {@code null} when the node does not know it. */
    public static RpcRequest transactionByHash(String hash) {
        return RpcRequest.of("eth_getTransactionByHash", hash);
    }

    /**
     * The logs of contract {@code address} from block 0 on whose topics match {@code topics} position by
     * position; a position holding several topics matches any of them.
     */
    public static RpcRequest logs(String address, List<List<String>> topics) {
        return RpcRequest.of("eth_getLogs", Map.of("address", Hex.address(address), "fromBlock", "0x0", "toBlock", "latest",
                "topics", topics));
    }

    /** How many transactions of {@code address} are mined: the nonce its next transaction will use. */
    public static RpcRequest transactionCount(String address) {
        return RpcRequest.of("eth_getTransactionCount", Hex.address(address), "latest");
    }

    /** A QUANTITY answer ({@code "0x7a69"}) as a number; a {@link RpcException.BadResponse} if it is not one. */
    public static BigInteger quantity(JsonNode answer) {
        try {
            return Hex.quantity(answer.isString() ? answer.asString() : null);
        } catch (IllegalArgumentException e) {
            throw new RpcException.BadResponse("expected a hex quantity: " + e.getMessage(), e);
        }
    }

    /** A DATA answer ({@code "0x…"}) as bytes; a {@link RpcException.BadResponse} if it is not hex. */
    public static byte[] data(JsonNode answer) {
        try {
            return Hex.decode(answer.isString() ? answer.asString() : null);
        } catch (IllegalArgumentException e) {
            throw new RpcException.BadResponse("expected hex data: " + e.getMessage(), e);
        }
    }
}
