package io.outpost.devnet.oracle;

import io.outpost.devices.crypto.DeviceKey;
import io.outpost.devnet.OracleTestNet;
import java.nio.file.Path;
import org.web3j.crypto.Credentials;

/** A fresh chain with an oracle on it, its clock at genesis, and a client for its API. */
record RunningOracle(OracleTestNet net, TestClock clock, ReferenceOracle oracle, OracleClient client)
        implements AutoCloseable {
    static RunningOracle start(Path folder, long genesis) throws Exception {
        OracleTestNet net = OracleTestNet.start();
        TestClock clock = new TestClock(genesis);
        ReferenceOracle oracle = ReferenceOracle.start(OracleConfigs.forNet(net, folder.resolve("oracle.db"), clock).genesis(genesis).build());
        return new RunningOracle(net, clock, oracle, new OracleClient(oracle.uri()));
    }

    /** A new device registered for {@code owner} at {@code location}. */
    DeviceKey device(Credentials owner, long location) throws Exception {
        DeviceKey device = net.newDevice();
        net.register(device, owner, location);
        return device;
    }

    @Override
    public void close() {
        oracle.close();
        net.close();
    }
}
