package io.outpost.wallet.keystore;

import java.util.HexFormat;
import tools.jackson.databind.JsonNode;

/** Typed field access on keystore JSON: anything missing or of the wrong type is a malformed keystore. */
final class Json {
    private Json() {
    }

    static JsonNode object(JsonNode parent, String field) throws MalformedKeystoreException {
        JsonNode node = parent.get(field);
        if (node == null || !node.isObject()) {
            throw new MalformedKeystoreException("missing object " + field);
        }
        return node;
    }

    static String text(JsonNode parent, String field) throws MalformedKeystoreException {
        JsonNode node = parent.get(field);
        if (node == null || !node.isString()) {
            throw new MalformedKeystoreException("missing text " + field);
        }
        return node.asString();
    }

    static long integer(JsonNode parent, String field) throws MalformedKeystoreException {
        JsonNode node = parent.get(field);
        if (node == null || !node.isIntegralNumber() || !node.canConvertToLong()) {
            throw new MalformedKeystoreException("missing integer " + field);
        }
        return node.asLong();
    }

    static byte[] hex(JsonNode parent, String field) throws MalformedKeystoreException {
        String text = text(parent, field);
        try {
            return HexFormat.of().parseHex(text.startsWith("0x") ? text.substring(2) : text);
        } catch (IllegalArgumentException notHex) {
            throw new MalformedKeystoreException(field + " is not hex");
        }
    }
}
