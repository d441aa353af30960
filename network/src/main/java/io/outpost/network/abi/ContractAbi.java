package io.outpost.network.abi;

import io.outpost.network.contracts.ContractArtifact;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * A contract's functions and custom errors, read from its compiled JSON ABI, so that selectors and types
 * come from what the compiler produced rather than from hand-written signatures.
 */
public final class ContractAbi {
    // Solidity's built-in revert reasons: require(…, "text") and assert/overflow panics.
    private static final List<AbiFunction> BUILT_IN_ERRORS = List.of(
            new AbiFunction("Error", List.of(AbiType.parse("string")), List.of()),
            new AbiFunction("Panic", List.of(AbiType.parse("uint256")), List.of()));

    private final String contract;
    private final Map<String, List<AbiFunction>> functions = new HashMap<>();
    private final Map<String, AbiFunction> errorsBySelector = new HashMap<>();

    public ContractAbi(String contract, JsonNode abi) {
        this.contract = contract;
        List<AbiFunction> errors = new ArrayList<>(BUILT_IN_ERRORS);
        for (JsonNode entry : abi) {
            String type = entry.path("type").asString();
            if ("function".equals(type)) {
                AbiFunction function = read(entry, true);
                functions.computeIfAbsent(function.name(), name -> new ArrayList<>()).add(function);
            } else if ("error".equals(type)) {
                errors.add(read(entry, false));
            }
        }
        errors.forEach(error -> errorsBySelector.put(Hex.encode(error.selector()), error));
    }

    /** The ABI of one of the committed contracts ({@link ContractArtifact#load}). */
    public static ContractAbi load(String contract) {
        return new ContractAbi(contract, ContractArtifact.load(contract).abi());
    }

    /** The function of this name; overloaded names are refused, because a name alone does not say which. */
    public AbiFunction function(String name) {
        List<AbiFunction> found = functions.getOrDefault(name, List.of());
        if (found.size() != 1) {
            throw new IllegalArgumentException(contract + " has " + (found.isEmpty() ? "no" : found.size())
                    + " functions named " + name);
        }
        return found.getFirst();
    }

    /**
     * The custom error (or {@code Error(string)}, {@code Panic(uint256)}) that revert data encodes; empty
     * when the selector is not in this ABI or the arguments do not decode.
     */
    public Optional<DecodedError> decodeError(byte[] revertData) {
        if (revertData.length < 4) {
            return Optional.empty();
        }
        AbiFunction error = errorsBySelector.get(Hex.encode(Arrays.copyOf(revertData, 4)));
        if (error == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new DecodedError(error.name(),
                    AbiCodec.decode(error.inputs(), Arrays.copyOfRange(revertData, 4, revertData.length))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private AbiFunction read(JsonNode entry, boolean withOutputs) {
        String name = entry.path("name").asString();
        try {
            return new AbiFunction(name, types(entry.path("inputs")), withOutputs ? types(entry.path("outputs")) : List.of());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(contract + "." + name + ": " + e.getMessage(), e);
        }
    }

    private static List<AbiType> types(JsonNode parameters) {
        List<AbiType> types = new ArrayList<>();
        parameters.forEach(parameter -> types.add(AbiType.of(parameter)));
        return types;
    }

    /** A revert reason: the error's name and its decoded arguments (Java values as {@link AbiCodec} gives them). */
    public record DecodedError(String name, List<Object> arguments) {
        public DecodedError {
            arguments = List.copyOf(arguments);
        }
    }
}
