package io.outpost.network.abi;

import io.outpost.crypto.Keccak256;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** A contract function (or custom error): its name and parameter types, its selector, and its codec. */
public record AbiFunction(String name, List<AbiType> inputs, List<AbiType> outputs) {
    public AbiFunction {
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
    }

    /** The canonical signature the selector hashes, e.g. {@code transfer(address,uint256)}. */
    public String signature() {
        return name + inputs.stream().map(AbiType::canonical).collect(Collectors.joining(",", "(", ")"));
    }

    /** The first four bytes of the Keccak-256 of the signature. */
    public byte[] selector() {
        return Arrays.copyOf(Keccak256.hash(signature().getBytes(StandardCharsets.US_ASCII)), 4);
    }

    /** Call data: the selector and the encoded arguments. */
    public byte[] encodeCall(Object... arguments) {
        byte[] selector = selector();
        byte[] encoded = AbiCodec.encode(inputs, Arrays.asList(arguments));
        byte[] call = Arrays.copyOf(selector, selector.length + encoded.length);
        System.arraycopy(encoded, 0, call, selector.length, encoded.length);
        return call;
    }

    /** The values a call returned. */
    public List<Object> decodeResult(byte[] returned) {
        return AbiCodec.decode(outputs, returned);
    }
}
