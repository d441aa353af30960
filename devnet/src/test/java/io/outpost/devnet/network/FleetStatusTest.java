package io.outpost.devnet.network;

import static org.assertj.core.api.Assertions.assertThat;

import io.outpost.devnet.Chain;
import io.outpost.network.chain.RegistryClient;
import io.outpost.network.chain.RegistryClient.FleetStatus;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The status of 1,000 devices (a few registered, most not) in at most 3 round trips, counted by a real proxy. */
@Timeout(180)
class FleetStatusTest {
    private static DevnetFixture devnet;
    private static CountingProxy proxy;
    private static List<String> registered;

    @BeforeAll
    static void start() throws Exception {
        devnet = DevnetFixture.start();
        registered = devnet.registerDevices(5, Chain.ALICE);
        proxy = CountingProxy.start(devnet.chain().rpcUrl());
    }

    @AfterAll
    static void stop() {
        proxy.close();
        devnet.close();
    }

    @Test
    void aThousandDevicesTakeAtMostThreeRoundTrips() throws Exception {
        List<String> fleet = DevnetFixture.fleet(registered, 1000);
        RegistryClient registry = new RegistryClient(devnet.rpc(proxy.url()), devnet.profile().contracts().deviceRegistry());

        int before = proxy.requests();
        FleetStatus status = registry.fleetStatus(fleet).get();
        int roundTrips = proxy.requests() - before;

        assertThat(roundTrips).isLessThanOrEqualTo(3);
        assertThat(status.failed()).isEmpty();
        assertThat(status.devices().keySet()).containsExactlyElementsOf(fleet);
        assertThat(status.blockNumber()).isPositive();
        for (int i = 0; i < registered.size(); i++) {
            assertThat(status.devices().get(registered.get(i))).as("registered device %d", i)
                    .hasValue(new RegistryClient.Device(Chain.ALICE.getAddress(), DevnetFixture.location(i)));
        }
        assertThat(status.devices().values().stream().filter(Optional::isEmpty)).hasSize(995);
    }
}
