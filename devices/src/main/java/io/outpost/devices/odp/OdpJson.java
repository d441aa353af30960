package io.outpost.devices.odp;

import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The one Jackson mapper of ODP/1, bounded for input from a device that may be broken or hostile. */
final class OdpJson {
    /** The longest line ODP/1 allows, in bytes, without its {@code \n}. */
    static final int MAX_LINE_BYTES = 4096;
    /** ODP/1 messages nest 3 deep (status → network → name); 16 leaves room and keeps recursion shallow. */
    private static final int MAX_DEPTH = 16;
    /** A uint256 in decimal has 78 digits. */
    private static final int MAX_NUMBER_LENGTH = 80;

    private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_DEPTH)
                            .maxNumberLength(MAX_NUMBER_LENGTH)
                            .build())
                    .build())
            // Two "signature" keys must not mean one thing to the device and another to the host.
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private OdpJson() {
    }

    static Optional<JsonNode> read(byte[] bytes, int offset, int length) {
        try {
            return Optional.ofNullable(MAPPER.readTree(bytes, offset, length));
        } catch (JacksonException malformed) {
            return Optional.empty();
        }
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** Compact JSON: control characters in strings are escaped, so the text never holds a line break. */
    static String write(JsonNode node) {
        return MAPPER.writeValueAsString(node);
    }
}
