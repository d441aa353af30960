package io.outpost.network.chain;

import io.outpost.network.abi.AbiFunction;
import io.outpost.network.abi.ContractAbi;
import io.outpost.network.abi.ContractAbi.DecodedError;
import io.outpost.network.abi.Hex;
import io.outpost.network.http.Http;
import io.outpost.network.rpc.Eth;
import io.outpost.network.rpc.JsonRpcClient;
import io.outpost.network.rpc.RpcException;
import io.outpost.network.rpc.RpcRequest;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * A deployed contract: its address and ABI, read through {@code eth_call}. A revert becomes
 * {@link RpcException.Reverted} with the error decoded from the ABI; return data that does not decode (no
 * contract at the address, a different contract) becomes {@link RpcException.BadResponse}.
 */
public final class Contract {
    private final JsonRpcClient rpc;
    private final String address;
    private final ContractAbi abi;

    public Contract(JsonRpcClient rpc, String address, ContractAbi abi) {
        this.rpc = rpc;
        this.address = Hex.address(address);
        this.abi = abi;
    }

    public String address() {
        return address;
    }

    /** The call data of {@code function(arguments)}: for an {@code eth_call}, or a transaction the wallet signs. */
    public byte[] callData(String function, Object... arguments) {
        return abi.function(function).encodeCall(arguments);
    }

    /** The {@code eth_call} request, to put into a batch; read its answer with {@link #read}. */
    public RpcRequest request(String function, Object... arguments) {
        return Eth.call(address, callData(function, arguments));
    }

    /** Calls {@code function} and turns its decoded return values into a {@code T}. */
    public <T> CompletableFuture<T> call(String function, Function<List<Object>, T> reader, Object... arguments) {
        return read(function, rpc.call(request(function, arguments)), reader);
    }

    /** The answer to a {@link #request}, decoded; a revert becomes {@link RpcException.Reverted}. */
    public <T> CompletableFuture<T> read(String function, CompletableFuture<JsonNode> answer, Function<List<Object>, T> reader) {
        AbiFunction abiFunction = abi.function(function);
        return answer.handle((result, error) -> {
            if (error != null) {
                throw reverted(Http.unwrap(error));
            }
            byte[] data = Eth.data(result);
            if (data.length == 0 && !abiFunction.outputs().isEmpty()) {
                throw new RpcException.BadResponse(abiFunction.signature() + " returned nothing: no contract at " + address, null);
            }
            try {
                return reader.apply(abiFunction.decodeResult(data));
            } catch (IllegalArgumentException | ArithmeticException e) {
                throw new RpcException.BadResponse(abiFunction.signature() + " at " + address
                        + " returned data that does not decode: " + e.getMessage(), e);
            }
        });
    }

    /**
     * The gas {@code from} calling {@code function} would use; a call that would revert fails with
     * {@link RpcException.Reverted} naming the contract's error, before anything is signed.
     */
    public CompletableFuture<BigInteger> estimateGas(String from, String function, Object... arguments) {
        return rpc.call(Eth.estimateGas(from, address, callData(function, arguments), BigInteger.ZERO)).handle((result, error) -> {
            if (error != null) {
                throw reverted(Http.unwrap(error));
            }
            return Eth.quantity(result);
        });
    }

    /** A revert as {@link RpcException.Reverted}; other failures as they are. */
    private RuntimeException reverted(Throwable error) {
        if (!(error instanceof RpcException.RpcError rpcError)) {
            return error instanceof RuntimeException runtime ? runtime : new RpcException.BadResponse(error.toString(), error);
        }
        Optional<byte[]> data = rpcError.revertData();
        if (data.isEmpty() && !rpcError.rpcMessage().startsWith("execution reverted")) {
            return rpcError;
        }
        byte[] revert = data.orElse(new byte[0]);
        Optional<DecodedError> decoded = abi.decodeError(revert);
        if (decoded.isPresent()) {
            return new RpcException.Reverted(decoded.get().name(), decoded.get().arguments(), revert);
        }
        String selector = revert.length >= 4 ? Hex.encode(Arrays.copyOf(revert, 4)) : "";
        return new RpcException.Reverted(selector, List.of(), revert);
    }
}
