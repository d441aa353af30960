package io.outpost.devnet;

import com.uber.h3core.H3Core;
import io.outpost.crypto.Eip191;
import io.outpost.crypto.Hex;
import io.outpost.devices.crypto.DeviceKey;
import io.outpost.devnet.oracle.OracleConfig;
import io.outpost.devnet.oracle.ReferenceOracle;
import io.outpost.devnet.oracle.TestClock;
import io.outpost.network.NetworkProfile;
import io.outpost.network.NetworkProfiles;
import io.outpost.network.http.Delayer;
import io.outpost.network.http.Http;
import io.outpost.network.http.Retrier;
import io.outpost.network.http.RetryPolicy;
import io.outpost.network.oracle.Heartbeat;
import io.outpost.network.oracle.HeartbeatResult;
import io.outpost.network.oracle.OracleClient;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.web3j.crypto.Credentials;

/**
 * A chain with Outpost's contracts and the reference oracle on a clock the test moves: a device of an owner
 * beats through the first epoch, the oracle closes it and posts the root — rewards ready to be claimed.
 */
public final class EarningNet implements AutoCloseable {
    public static final long GENESIS = 1_900_000_000L;
    public static final long EPOCH = 600;

    private final TestClock clock = new TestClock(GENESIS);
    private final OracleTestNet net;
    private final ReferenceOracle oracle;

    private EarningNet(OracleTestNet net, Path folder) throws Exception {
        this.net = net;
        this.oracle = ReferenceOracle.start(OracleConfig.builder(URI.create(net.rpcUrl()), AnvilNode.CHAIN_ID,
                        new OracleConfig.Contracts(net.registry(), net.distributor(), net.staking()), OracleTestNet.BOB,
                        folder.resolve("oracle.db"))
                .clock(clock).genesis(GENESIS).epochSeconds(EPOCH).closeOnSchedule(false).build());
    }

    public static EarningNet start(Path folder) throws Exception {
        OracleTestNet net = OracleTestNet.start();
        try {
            return new EarningNet(net, folder);
        } catch (Exception | Error e) {
            net.close();
            throw e;
        }
    }

    public OracleTestNet chain() {
        return net;
    }

    /** The devnet profile, pointed at this chain and this oracle. */
    public NetworkProfile profile() {
        NetworkProfile builtIn = NetworkProfiles.builtIn().byIdOrDefault(NetworkProfiles.DEVNET_ID);
        return new NetworkProfile(builtIn.id(), builtIn.name(), AnvilNode.CHAIN_ID, List.of(URI.create(net.rpcUrl())),
                new NetworkProfile.ContractAddresses(net.registry(), net.distributor(), net.staking(), net.token()),
                oracle.uri(), builtIn.token(), EPOCH, Optional.empty());
    }

    public OracleClient oracleClient() {
        return new OracleClient(Http.newClient(Duration.ofSeconds(5)), oracle.uri(), Duration.ofSeconds(10),
                new Retrier(RetryPolicy.defaults(), Delayer.real()), clock);
    }

    /**
     * A new device of {@code owner} (in Berlin) beats every 60 s through the first epoch; then the oracle
     * closes it: the device was up 95 % of it (first beat to last + 30 s), 9.5 OPT at 10 OPT per device-epoch.
     */
    public void earnFirstEpoch(Credentials owner) throws Exception {
        DeviceKey device = net.newDevice();
        net.register(device, owner, H3Core.newInstance().latLngToCell(52.52, 13.405, 12));
        OracleClient client = oracleClient();
        String address = device.address().value();
        for (long seq = 0; clock.now() < GENESIS + EPOCH - 30; seq++, clock.advance(60)) {
            String signature = Hex.encode(device.sign(Eip191.hash("outpost-heartbeat:" + address + ":" + seq + ":" + clock.now())));
            List<HeartbeatResult> results = client.postHeartbeats(List.of(new Heartbeat(address, seq, clock.now(), seq * 60, signature))).join();
            if (!results.equals(List.of(new HeartbeatResult.Accepted()))) {
                throw new IllegalStateException("the oracle refused heartbeat " + seq + ": " + results);
            }
        }
        clock.set(GENESIS + EPOCH + 1);
        oracle.closeDueEpochs();
    }

    /** A new device of {@code owner}, registered in Berlin (one H3 cell: devices made here share it). */
    public DeviceKey newDevice(Credentials owner) throws Exception {
        DeviceKey device = net.newDevice();
        net.register(device, owner, H3Core.newInstance().latLngToCell(52.52, 13.405, 12));
        return device;
    }

    /**
     * The device beats every 60 s in [from, to) (unix seconds; the oracle's clock follows), its seq the time: up
     * from {@code from} to the last beat + 30 s.
     */
    public void beat(DeviceKey device, long from, long to) throws Exception {
        OracleClient client = oracleClient();
        String address = device.address().value();
        for (long time = from; time < to; time += 60) {
            clock.set(time);
            String signature = Hex.encode(device.sign(Eip191.hash("outpost-heartbeat:" + address + ":" + time + ":" + time)));
            List<HeartbeatResult> results = client.postHeartbeats(List.of(new Heartbeat(address, time, time, time - from,
                    signature))).join();
            if (!results.equals(List.of(new HeartbeatResult.Accepted()))) {
                throw new IllegalStateException("the oracle refused the heartbeat at " + time + ": " + results);
            }
        }
    }

    /** Sets the oracle's clock to {@code time} and closes (and posts) every epoch that has ended by then. */
    public List<Long> closeUntil(long time) throws Exception {
        clock.set(time);
        return oracle.closeDueEpochs();
    }

    @Override
    public void close() {
        oracle.close();
        net.close();
    }
}
