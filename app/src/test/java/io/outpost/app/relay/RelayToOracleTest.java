package io.outpost.app.relay;

import static org.assertj.core.api.Assertions.assertThat;

import io.outpost.app.cli.OutpostCli;
import io.outpost.app.doctor.SystemFacts;
import io.outpost.devices.crypto.DeviceKey;
import io.outpost.crypto.Eip191;
import io.outpost.crypto.Hex;
import io.outpost.devices.serial.JSerialCommPorts;
import io.outpost.devices.serial.LineSettings;
import io.outpost.devices.serial.PtyPair;
import io.outpost.devices.serial.SerialLink;
import io.outpost.devnet.AnvilNode;
import io.outpost.devnet.OracleTestNet;
import io.outpost.devnet.oracle.OracleConfig;
import io.outpost.devnet.oracle.ReferenceOracle;
import io.outpost.network.NetworkProfile;
import io.outpost.network.NetworkProfileJson;
import io.outpost.network.NetworkProfiles;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole relay path with real parts: a device on a serial line (a socat pty), {@code outpost devices watch
 * --relay}, the reference oracle on a real chain where the device is registered. Genuine heartbeats count as
 * uptime at the oracle; forged ones are refused.
 */
@Timeout(120)
class RelayToOracleTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final DeviceKey FORGER = HeartbeatQueueTest.key(3);

    @TempDir
    Path temp;

    @Test
    void heartbeatsOfAnAttachedDeviceReachTheOracleAndCountAsUptime() throws Exception {
        try (OracleTestNet net = OracleTestNet.start();
             ReferenceOracle oracle = ReferenceOracle.start(OracleConfig.builder(URI.create(net.rpcUrl()), AnvilNode.CHAIN_ID,
                     new OracleConfig.Contracts(net.registry(), net.distributor(), net.staking()), OracleTestNet.BOB,
                     temp.resolve("oracle.db")).port(0).build());
             PtyPair pair = PtyPair.start(temp.resolve("device"), temp.resolve("host"));
             SerialLink line = new JSerialCommPorts().open(pair.deviceEnd().toString(), LineSettings.eightNOne(115200))) {
            DeviceKey device = net.newDevice();
            net.register(device, OracleTestNet.ALICE, 0x8c2a1072b59ffffL);
            Path data = temp.resolve("data");
            installProfile(data, net, oracle.uri());

            AtomicBoolean running = new AtomicBoolean(true);
            Thread sender = Thread.ofPlatform().daemon().start(() -> beat(line, device, running));
            StringWriter err = new StringWriter();
            StringWriter out = new StringWriter();
            SystemFacts facts = new SystemFacts(Runtime.version(), Optional.of("25"), "Linux", "6", "amd64", "root");
            int exit = new OutpostCli(facts, Map.of(), temp, Locale.ENGLISH, new PrintWriter(out),
                    new PrintWriter(err), services -> 0)
                    .execute("devices", "watch", pair.hostEnd().toString(), "--relay", "--seconds", "7",
                            "--data-dir", data.toString());
            running.set(false);
            sender.join();

            assertThat(exit).isZero();
            assertThat(err.toString()).containsPattern("Heartbeats delivered to the network: [1-9]\\d*\\. Refused: [1-9]\\d*\\. Too old to count: 0\\.");
            JsonNode uptime = get(oracle.uri().resolve("/v1/devices/" + device.address().value() + "/uptime?epoch=1"));
            assertThat(uptime.get("intervals")).isNotEmpty();
            assertThat(uptime.get("fraction").asDouble()).isPositive();
        }
    }

    /** The devnet profile, pointed at this test's chain and oracle, installed as the app would have it. */
    private static void installProfile(Path data, OracleTestNet net, URI oracle) throws Exception {
        NetworkProfile builtIn = NetworkProfiles.builtIn().byIdOrDefault(NetworkProfiles.DEVNET_ID);
        NetworkProfile profile = new NetworkProfile(builtIn.id(), builtIn.name(), builtIn.chainId(),
                List.of(URI.create(net.rpcUrl())), new NetworkProfile.ContractAddresses(net.registry(), net.distributor(),
                net.staking(), builtIn.contracts().token()), oracle, builtIn.token(), builtIn.epochSeconds(), Optional.empty());
        Files.createDirectories(data.resolve("networks"));
        Files.writeString(data.resolve("networks/devnet.json"), new NetworkProfileJson().write(profile));
    }

    /** A genuine heartbeat every 0.5 s, and between them one signed by another key claiming the same device. */
    private static void beat(SerialLink line, DeviceKey device, AtomicBoolean running) {
        for (long seq = 1; running.get(); seq++) {
            try {
                line.write(heartbeat(device, seq % 2 == 0 ? FORGER : device, seq).getBytes(StandardCharsets.US_ASCII));
                Thread.sleep(500);
            } catch (Exception e) {
                return;
            }
        }
    }

    private static String heartbeat(DeviceKey device, DeviceKey signer, long seq) {
        String address = device.address().value();
        long time = Instant.now().getEpochSecond();
        String signature = Hex.encode(signer.sign(Eip191.hash("outpost-heartbeat:" + address + ":" + seq + ":" + time)));
        return "{\"jsonrpc\":\"2.0\",\"method\":\"heartbeat\",\"params\":{\"device\":\"" + address + "\",\"seq\":" + seq
                + ",\"time\":" + time + ",\"uptime\":" + seq + ",\"signature\":\"" + signature + "\"}}\n";
    }

    private static JsonNode get(URI uri) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return JSON.readTree(response.body());
        }
    }
}
