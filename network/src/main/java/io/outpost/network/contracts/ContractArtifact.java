package io.outpost.network.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A compiled contract as {@code network/contracts/build.mjs} writes it: its ABI and creation bytecode. The
 * artifacts are committed; a test recompiles the sources and fails when they are stale (docs/decisions/0008).
 */
public record ContractArtifact(String name, JsonNode abi, String bytecode) {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    public static ContractArtifact load(String name) {
        try (InputStream in = ContractArtifact.class.getResourceAsStream(name + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("No compiled contract named " + name);
            }
            JsonNode artifact = JSON.readTree(in);
            return new ContractArtifact(name, artifact.get("abi"), artifact.get("bytecode").asString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the ABI has a function of this name. */
    public boolean hasFunction(String function) {
        for (JsonNode entry : abi) {
            if ("function".equals(entry.path("type").asString()) && function.equals(entry.path("name").asString())) {
                return true;
            }
        }
        return false;
    }
}
