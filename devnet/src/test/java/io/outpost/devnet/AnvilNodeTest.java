package io.outpost.devnet;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.http.HttpService;

/** A real anvil (npm @foundry-rs/anvil, installed by .ci/run) answers JSON-RPC through web3j and leaves no process. */
@Timeout(60)
class AnvilNodeTest {
    private static Path anvil() {
        return AnvilNode.locate(Path.of(""), System.getenv("PATH"), System.getenv("OUTPOST_ANVIL"))
                .orElseThrow(() -> new IllegalStateException(
                        "anvil not found: run `npm ci --prefix network/contracts` (as .ci/run does)"));
    }

    @Test
    void startsOnLoopbackAnswersAndStopsCleanly() throws Exception {
        AnvilNode node = AnvilNode.start(anvil());
        Web3j web3j = Web3j.build(new HttpService(node.rpcUrl().toString()));
        try {
            assertThat(node.rpcUrl().getHost()).isEqualTo("127.0.0.1");
            assertThat(web3j.ethChainId().send().getChainId()).isEqualTo(BigInteger.valueOf(AnvilNode.CHAIN_ID));
            // anvil's default mnemonic gives ten funded accounts; the first is well known.
            assertThat(web3j.ethAccounts().send().getAccounts()).hasSize(10)
                    .first().isEqualTo("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266");
        } finally {
            web3j.shutdown();
            node.close();
        }
        assertThat(node.alive()).isFalse();
    }
}
