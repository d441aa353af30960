package io.outpost.network.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The committed contract artifacts are what the committed Solidity compiles to, with the pinned solc-js. */
class ContractArtifactsTest {
    @Test
    void committedArtifactsMatchTheSources() throws IOException, InterruptedException {
        Path script = Path.of("contracts", "build.mjs").toAbsolutePath();
        Process node;
        try {
            node = new ProcessBuilder("node", script.toString(), "--check").redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IllegalStateException("The contract check needs Node.js: install nodejs and npm, then run "
                    + "npm ci --prefix network/contracts", e);
        }
        String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(node.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(node.exitValue()).as(output).isZero();
    }

    @Test
    void theTokenArtifactLoads() {
        ContractArtifact token = ContractArtifact.load("OutpostToken");
        assertThat(token.bytecode()).matches("0x[0-9a-f]{2000,}");
        assertThat(token.hasFunction("mint")).isTrue();
        assertThat(token.hasFunction("permit")).isTrue();
        assertThat(token.hasFunction("burn")).isTrue();
        assertThat(token.hasFunction("selfDestruct")).isFalse();
    }
}
