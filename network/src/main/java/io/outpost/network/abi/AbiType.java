package io.outpost.network.abi;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * The Solidity ABI types Outpost's contracts use: address, bool, uintN, bytesN, bytes, string, dynamic
 * arrays and tuples. Other types (intN, fixed-size arrays) are refused when an ABI is read.
 */
public sealed interface AbiType {
    /** The type as it is written in a function signature, e.g. {@code bytes32[]} or {@code (address,uint64)}. */
    String canonical();

    /** Whether the value lives in the tail of an encoding, behind an offset in the head. */
    boolean dynamic();

    /** Bytes this type takes in the head of an encoding. */
    default int headSize() {
        return 32;
    }

    record Address() implements AbiType {
        public String canonical() {
            return "address";
        }

        public boolean dynamic() {
            return false;
        }
    }

    record Bool() implements AbiType {
        public String canonical() {
            return "bool";
        }

        public boolean dynamic() {
            return false;
        }
    }

    record Uint(int bits) implements AbiType {
        public Uint {
            if (bits < 8 || bits > 256 || bits % 8 != 0) {
                throw new IllegalArgumentException("uint" + bits + " is not an ABI type");
            }
        }

        public String canonical() {
            return "uint" + bits;
        }

        public boolean dynamic() {
            return false;
        }
    }

    record FixedBytes(int size) implements AbiType {
        public FixedBytes {
            if (size < 1 || size > 32) {
                throw new IllegalArgumentException("bytes" + size + " is not an ABI type");
            }
        }

        public String canonical() {
            return "bytes" + size;
        }

        public boolean dynamic() {
            return false;
        }
    }

    record Bytes() implements AbiType {
        public String canonical() {
            return "bytes";
        }

        public boolean dynamic() {
            return true;
        }
    }

    record Text() implements AbiType {
        public String canonical() {
            return "string";
        }

        public boolean dynamic() {
            return true;
        }
    }

    record Array(AbiType element) implements AbiType {
        public String canonical() {
            return element.canonical() + "[]";
        }

        public boolean dynamic() {
            return true;
        }
    }

    record Tuple(List<AbiType> components) implements AbiType {
        public Tuple {
            components = List.copyOf(components);
        }

        public String canonical() {
            return components.stream().map(AbiType::canonical).collect(Collectors.joining(",", "(", ")"));
        }

        public boolean dynamic() {
            return components.stream().anyMatch(AbiType::dynamic);
        }

        @Override
        public int headSize() {
            return dynamic() ? 32 : components.stream().mapToInt(AbiType::headSize).sum();
        }
    }

    /** A type written without tuples, as in {@code uint256}, {@code address[]} or {@code bytes}. */
    static AbiType parse(String type) {
        if (type.endsWith("[]")) {
            return new Array(parse(type.substring(0, type.length() - 2)));
        }
        return switch (type) {
            case "address" -> new Address();
            case "bool" -> new Bool();
            case "bytes" -> new Bytes();
            case "string" -> new Text();
            case "uint" -> new Uint(256);
            default -> sized(type);
        };
    }

    /** The type of a parameter in a compiler's JSON ABI, tuples included. */
    static AbiType of(JsonNode parameter) {
        String type = parameter.path("type").asString();
        if (!type.startsWith("tuple")) {
            return parse(type);
        }
        List<AbiType> components = new ArrayList<>();
        parameter.path("components").forEach(component -> components.add(of(component)));
        AbiType tuple = new Tuple(components);
        for (String rest = type.substring("tuple".length()); !rest.isEmpty(); rest = rest.substring(2)) {
            if (!rest.startsWith("[]")) {
                throw new IllegalArgumentException(type + " is not a supported ABI type");
            }
            tuple = new Array(tuple);
        }
        return tuple;
    }

    private static AbiType sized(String type) {
        try {
            if (type.matches("uint\\d{1,3}")) {
                return new Uint(Integer.parseInt(type.substring(4)));
            }
            if (type.matches("bytes\\d{1,2}")) {
                return new FixedBytes(Integer.parseInt(type.substring(5)));
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(type + " is not a supported ABI type", e);
        }
        throw new IllegalArgumentException(type + " is not a supported ABI type");
    }
}
