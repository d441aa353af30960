package io.outpost.devnet.oracle;

import io.outpost.devnet.AnvilNode;
import io.outpost.devnet.OracleTestNet;
import java.net.URI;
import java.nio.file.Path;

/** The tests' oracle settings: BOB's key, the test's clock, hourly epochs closed by the test. */
final class OracleConfigs {
    private OracleConfigs() {
    }

    static OracleConfig.Builder forNet(OracleTestNet net, Path database, TestClock clock) {
        return OracleConfig.builder(URI.create(net.rpcUrl()), AnvilNode.CHAIN_ID,
                        new OracleConfig.Contracts(net.registry(), net.distributor(), net.staking()), OracleTestNet.BOB,
                        database)
                .clock(clock).epochSeconds(3600).closeOnSchedule(false);
    }
}
