package io.outpost.app.networks;

import static org.assertj.core.api.Assertions.assertThat;

import io.outpost.network.NetworkProfile;
import io.outpost.network.chain.ProfileCheck.Problem;
import io.outpost.network.chain.ProfileCheck.Result;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckVerdictTest {
    private static final NetworkProfile DEVNET = TestProfiles.DEVNET;
    private static final NetworkProfile TWO_NODES = new NetworkProfile("two", "Two", 31337,
            List.of(URI.create("http://127.0.0.1:1"), URI.create("http://127.0.0.1:2")), DEVNET.contracts(),
            DEVNET.oracleUrl(), DEVNET.token(), 60, DEVNET.explorerUrl());
    private static final Problem NODE_0_DOWN = new Problem("rpcUrls[0]", "the node at http://127.0.0.1:1 did not say its chain id");
    private static final Problem NODE_1_DOWN = new Problem("rpcUrls[1]", "the node at http://127.0.0.1:2 did not say its chain id");

    @Test
    void noProblemIsFine() {
        assertThat(CheckVerdict.of(new Result(DEVNET, List.of()))).isEqualTo(CheckVerdict.FINE);
    }

    @Test
    void noNodeAnsweringIsUnreachableSomeIsNot() {
        assertThat(CheckVerdict.of(new Result(DEVNET, List.of(new Problem("rpcUrls[0]", "down"))))).isEqualTo(CheckVerdict.UNREACHABLE);
        assertThat(CheckVerdict.of(new Result(TWO_NODES, List.of(NODE_0_DOWN, NODE_1_DOWN)))).isEqualTo(CheckVerdict.UNREACHABLE);
        assertThat(CheckVerdict.of(new Result(TWO_NODES, List.of(NODE_1_DOWN)))).isEqualTo(CheckVerdict.SOME_NODES_DOWN);
    }

    @Test
    void aWrongChainOrAMissingContractIsAMismatchEvenWithANodeDown() {
        assertThat(CheckVerdict.of(new Result(DEVNET, List.of(new Problem("chainId", "chain 1"))))).isEqualTo(CheckVerdict.MISMATCH);
        assertThat(CheckVerdict.of(new Result(TWO_NODES, List.of(NODE_0_DOWN, new Problem("contracts.staking", "no contract")))))
                .isEqualTo(CheckVerdict.MISMATCH);
    }
}
