package io.outpost.devnet;

import io.outpost.devices.odp.DeviceConfig;
import io.outpost.devices.odp.OdpClient;
import io.outpost.devices.odp.OdpEmulator;
import io.outpost.devices.sds011.Sds011Emulator;
import io.outpost.devices.serial.JSerialCommPorts;
import io.outpost.devices.serial.LineSettings;
import io.outpost.devices.serial.PtyPair;
import io.outpost.devices.serial.SerialLink;
import io.outpost.devnet.oracle.OracleConfig;
import io.outpost.devnet.oracle.ReferenceOracle;
import io.outpost.network.NetworkProfile;
import io.outpost.network.NetworkProfiles;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Everything onboarding needs, real: anvil with the contracts, the reference oracle on the wall clock (so a
 * device's heartbeats count), and the ODP emulator on a socat pty, beating every 5 s (its fastest).
 */
public final class OnboardingNet implements AutoCloseable {
    private static final LineSettings ODP = LineSettings.eightNOne(115200);

    private final Path folder;
    private final OracleTestNet net;
    private final ReferenceOracle oracle;
    private final long epochSeconds;
    private PtyPair pair;
    private SerialLink deviceLine;
    private OdpEmulator emulator;
    private final Sensor sensor;

    private OnboardingNet(Path folder, OracleTestNet net, long epochSeconds) throws Exception {
        this.folder = folder;
        this.net = net;
        this.epochSeconds = epochSeconds;
        this.oracle = ReferenceOracle.start(OracleConfig.builder(URI.create(net.rpcUrl()), AnvilNode.CHAIN_ID,
                new OracleConfig.Contracts(net.registry(), net.distributor(), net.staking()), OracleTestNet.BOB,
                folder.resolve("oracle.db")).epochSeconds(epochSeconds).port(0).build());
        plugBackIn();
        sensor = new Sensor(folder);
    }

    /**
     * An SDS011 air-quality sensor (emulated, id A160) on its own pty: a sensor without a key, which the app
     * onboards as host-attested. It sends a measurement every second, as the real one does in active mode.
     */
    public static final class Sensor {
        private static final LineSettings SDS011 = LineSettings.eightNOne(9600);
        private final Path folder;
        private PtyPair pair;
        private SerialLink line;
        private Sds011Emulator emulator;

        private Sensor(Path folder) throws Exception {
            this.folder = folder;
            plugBackIn();
        }

        public String port() {
            return pair.hostEnd().toString();
        }

        public void unplug() {
            emulator.stop();
            line.close();
            pair.close();
        }

        public void plugBackIn() throws Exception {
            pair = PtyPair.start(folder.resolve("sensor-device"), folder.resolve("sensor"));
            line = new JSerialCommPorts().open(pair.deviceEnd().toString(), SDS011);
            emulator = new Sds011Emulator("A160", LocalDate.of(2015, 7, 10), 42);
            Sds011Emulator serving = emulator;
            SerialLink serves = line;
            Thread.ofPlatform().daemon().name("sds011-emulator").start(() -> serving.serve(serves));
        }
    }

    public Sensor sensor() {
        return sensor;
    }

    /** The cable is pulled: the port is gone and the device falls silent. */
    public void unplug() {
        emulator.stop();
        deviceLine.close();
        pair.close();
    }

    /** The same device (same key, same port path) is plugged in again. */
    public void plugBackIn() throws Exception {
        pair = PtyPair.start(folder.resolve("device"), folder.resolve("host"));
        deviceLine = new JSerialCommPorts().open(pair.deviceEnd().toString(), ODP);
        emulator = OdpEmulator.inFolder(folder.resolve("emulator"), Clock.systemUTC());
        OdpEmulator serving = emulator;
        SerialLink line = deviceLine;
        Thread.ofPlatform().daemon().name("odp-emulator").start(() -> serving.serve(line));
        try (SerialLink host = new JSerialCommPorts().open(pair.hostEnd().toString(), ODP)) {
            new OdpClient(host).configure(DeviceConfig.NONE.withHeartbeatInterval(DeviceConfig.MIN_HEARTBEAT_INTERVAL));
        }
    }

    public static OnboardingNet start(Path folder) throws Exception {
        return start(folder, OracleConfig.DEFAULT_EPOCH_SECONDS);
    }

    /** As {@link #start(Path)}, with epochs of {@code epochSeconds} closing on the wall clock (rewards that arrive). */
    public static OnboardingNet start(Path folder, long epochSeconds) throws Exception {
        OracleTestNet net = OracleTestNet.start();
        try {
            return new OnboardingNet(folder, net, epochSeconds);
        } catch (Exception | Error e) {
            net.close();
            throw e;
        }
    }

    public OracleTestNet chain() {
        return net;
    }

    /** The port the app opens: the host end of the pty pair. */
    public String port() {
        return pair.hostEnd().toString();
    }

    public String deviceAddress() {
        return emulator.deviceAddress();
    }

    /** The devnet profile, pointed at this chain and this oracle. */
    public NetworkProfile profile() {
        NetworkProfile builtIn = NetworkProfiles.builtIn().byIdOrDefault(NetworkProfiles.DEVNET_ID);
        return new NetworkProfile(builtIn.id(), builtIn.name(), AnvilNode.CHAIN_ID, List.of(URI.create(net.rpcUrl())),
                new NetworkProfile.ContractAddresses(net.registry(), net.distributor(), net.staking(), net.token()),
                oracle.uri(), builtIn.token(), epochSeconds, Optional.empty());
    }

    @Override
    public void close() {
        sensor.unplug();
        unplug();
        oracle.close();
        net.close();
    }
}
