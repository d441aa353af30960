package io.outpost.devnet.network;

import static org.assertj.core.api.Assertions.assertThat;

import io.outpost.devnet.Chain;
import io.outpost.network.NetworkProfile;
import io.outpost.network.NetworkProfile.ContractAddresses;
import io.outpost.network.chain.ProfileCheck;
import io.outpost.network.chain.ProfileCheck.Problem;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The profile check against a real anvil with the contracts deployed at the built-in devnet addresses. */
@Timeout(180)
class ProfileCheckTest {
    private static DevnetFixture devnet;
    private static CountingProxy proxy;
    private static ProfileCheck check;

    @BeforeAll
    static void start() throws Exception {
        devnet = DevnetFixture.start();
        proxy = CountingProxy.start(devnet.chain().rpcUrl());
        check = new ProfileCheck(devnet.rpc()::forUrl);
    }

    @AfterAll
    static void stop() {
        proxy.close();
        devnet.close();
    }

    private static NetworkProfile profile(long chainId, List<URI> rpcUrls, ContractAddresses contracts) {
        NetworkProfile p = devnet.profile();
        return new NetworkProfile(p.id(), p.name(), chainId, rpcUrls, contracts, p.oracleUrl(), p.token(), p.epochSeconds(),
                p.explorerUrl());
    }

    @Test
    void theBuiltInDevnetAddressesPassInOneRoundTrip() throws Exception {
        int before = proxy.requests();
        ProfileCheck.Result result = check.check(profile(31337, List.of(proxy.url()), devnet.profile().contracts())).get();
        assertThat(result.problems()).isEmpty();
        assertThat(result.ok()).isTrue();
        assertThat(proxy.requests() - before).isEqualTo(1);
    }

    @Test
    void aWrongChainIdNamesTheFieldAndTheNode() throws Exception {
        URI node = devnet.chain().rpcUrl();
        ProfileCheck.Result result = check.check(profile(1, List.of(node), devnet.profile().contracts())).get();
        assertThat(result.problems()).containsExactly(new Problem("chainId",
                "the node at " + node + " is chain 31337, the profile says 1"));
    }

    @Test
    void everyAddressWithoutCodeIsNamed() throws Exception {
        ContractAddresses real = devnet.profile().contracts();
        String alice = Chain.ALICE.getAddress();
        String nobody = "0x00000000000000000000000000000000000000aa";
        ContractAddresses wrong = new ContractAddresses(real.deviceRegistry(), real.rewardsDistributor(), alice, nobody);
        URI node = devnet.chain().rpcUrl();
        assertThat(check.check(profile(31337, List.of(node), wrong)).get().problems()).containsExactly(
                new Problem("contracts.staking", "no contract at " + alice + " on the node at " + node),
                new Problem("contracts.token", "no contract at " + nobody + " on the node at " + node));
    }

    @Test
    void aNodeThatDoesNotAnswerIsNamedByItsPlaceInTheList() throws Exception {
        URI dead;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            dead = URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
        ProfileCheck.Result result = check.check(profile(31337, List.of(devnet.chain().rpcUrl(), dead),
                devnet.profile().contracts())).get();
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("rpcUrls[1]");
            assertThat(problem.message()).startsWith("the node at " + dead + " did not say its chain id: cannot connect to");
        });
    }
}
