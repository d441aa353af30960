package io.outpost.devices.odp;

import java.util.Optional;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * Strict readers for the fields of a device's JSON. Each throws {@link IllegalArgumentException} on a
 * missing or mistyped field; {@link #parse} turns that, and any value a record refuses, into an empty result.
 */
final class Fields {
    private Fields() {
    }

    static <T> Optional<T> parse(JsonNode object, Function<JsonNode, T> reader) {
        if (object == null || !object.isObject()) {
            return Optional.empty();
        }
        try {
            return Optional.of(reader.apply(object));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    static JsonNode member(JsonNode object, String name) {
        JsonNode member = object.get(name);
        if (member == null) {
            throw new IllegalArgumentException("missing " + name);
        }
        return member;
    }

    /** The member unless it is JSON {@code null}. */
    static Optional<JsonNode> nullable(JsonNode object, String name) {
        JsonNode member = member(object, name);
        return member.isNull() ? Optional.empty() : Optional.of(member);
    }

    static String string(JsonNode object, String name) {
        return asString(member(object, name), name);
    }

    static String asString(JsonNode value, String what) {
        if (!value.isString()) {
            throw new IllegalArgumentException(what + " is not a string");
        }
        return value.stringValue();
    }

    /** A JSON integer from 0 to {@link Long#MAX_VALUE}; {@code 1.0} and {@code "1"} are not integers. */
    static long count(JsonNode object, String name) {
        return asCount(member(object, name), name);
    }

    static long asCount(JsonNode value, String what) {
        if (!value.isIntegralNumber() || !value.canConvertToLong() || value.longValue() < 0) {
            throw new IllegalArgumentException(what + " is not a non-negative integer");
        }
        return value.longValue();
    }

    static int integer(JsonNode object, String name) {
        JsonNode value = member(object, name);
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw new IllegalArgumentException(name + " is not a 32-bit integer");
        }
        return value.intValue();
    }

    static double number(JsonNode object, String name) {
        JsonNode value = member(object, name);
        if (!value.isNumber()) {
            throw new IllegalArgumentException(name + " is not a number");
        }
        return value.doubleValue();
    }
}
