package io.outpost.devnet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.Request;
import org.web3j.protocol.core.methods.response.VoidResponse;
import org.web3j.protocol.http.HttpService;

/** A real anvil (npm @foundry-rs/anvil, installed by .ci/run) answers JSON-RPC through web3j and leaves no process. */
@Timeout(60)
class AnvilNodeTest {
    private static final String STRANGER = "0x00000000000000000000000000000000000000aa";
    private static final BigInteger GIFT = BigInteger.valueOf(123_456_789);

    @TempDir
    Path temp;

    @Test
    void startsOnLoopbackAnswersAndStopsCleanly() throws Exception {
        AnvilNode node = AnvilNode.start(Chain.anvil());
        Web3j web3j = Web3j.build(new HttpService(node.rpcUrl().toString()));
        try {
            assertThat(node.rpcUrl().getHost()).isEqualTo("127.0.0.1");
            assertThat(web3j.ethChainId().send().getChainId()).isEqualTo(BigInteger.valueOf(AnvilNode.CHAIN_ID));
            // anvil's default mnemonic gives ten funded accounts; the first is well known.
            assertThat(web3j.ethAccounts().send().getAccounts()).hasSize(AnvilAccounts.COUNT)
                    .first().isEqualTo(AnvilAccounts.DEPLOYER.getAddress());
        } finally {
            web3j.shutdown();
            node.close();
        }
        assertThat(node.alive()).isFalse();
    }

    @Test
    void theStateFileKeepsTheChainAcrossARestart() throws Exception {
        Path state = temp.resolve("devnet").resolve("state.json");
        int port = AnvilNode.freePort();
        long block;
        try (AnvilNode first = AnvilNode.start(Chain.anvil(), port, state)) {
            assertThat(first.rpcUrl().getPort()).isEqualTo(port);
            HttpService service = new HttpService(first.rpcUrl().toString());
            Web3j web3j = Web3j.build(service);
            new Request<>("anvil_setBalance", List.of(STRANGER, "0x" + GIFT.toString(16)), service, VoidResponse.class).send();
            new Request<>("evm_mine", List.of(), service, VoidResponse.class).send();
            block = web3j.ethBlockNumber().send().getBlockNumber().longValueExact();
            web3j.shutdown();
        }
        assertThat(state).isNotEmptyFile();

        try (AnvilNode second = AnvilNode.start(Chain.anvil(), port, state)) {
            Web3j web3j = Web3j.build(new HttpService(second.rpcUrl().toString()));
            assertThat(web3j.ethGetBalance(STRANGER, DefaultBlockParameterName.LATEST).send().getBalance()).isEqualTo(GIFT);
            assertThat(web3j.ethBlockNumber().send().getBlockNumber().longValueExact()).isEqualTo(block);
            web3j.shutdown();
        }
    }

    @Test
    void aPortInUseFailsWithAnvilsReason() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThat(Devnet.portAvailable(taken.getLocalPort())).isFalse();
            assertThatThrownBy(() -> AnvilNode.start(Chain.anvil(), taken.getLocalPort(), temp.resolve("state.json")))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("port " + taken.getLocalPort())
                    .hasMessageContaining("Address already in use");
        }
        assertThat(Files.exists(temp.resolve("state.json"))).isFalse();
    }
}
