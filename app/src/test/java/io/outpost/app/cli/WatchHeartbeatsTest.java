package io.outpost.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.outpost.app.doctor.SystemFacts;
import io.outpost.devices.crypto.DeviceKey;
import io.outpost.crypto.Eip191;
import io.outpost.crypto.Hex;
import io.outpost.devices.serial.JSerialCommPorts;
import io.outpost.devices.serial.LineSettings;
import io.outpost.devices.serial.PtyPair;
import io.outpost.devices.serial.SerialLink;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;
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

/** {@code outpost devices watch} on a pty: a genuine heartbeat is verified, a forged one is reported unverified. */
@Timeout(60)
class WatchHeartbeatsTest {
    private static final DeviceKey DEVICE = DeviceKey.fromBytes(HexFormat.of().parseHex("4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318"));
    private static final DeviceKey FORGER = DeviceKey.fromBytes(HexFormat.of().parseHex("1111111111111111111111111111111111111111111111111111111111111111"));

    @TempDir
    Path temp;

    private static String heartbeat(DeviceKey signer, long seq) {
        String device = DEVICE.address().value();
        long time = 1_795_537_871L + seq;
        String signature = Hex.encode(signer.sign(Eip191.hash("outpost-heartbeat:" + device + ":" + seq + ":" + time)));
        return "{\"jsonrpc\":\"2.0\",\"method\":\"heartbeat\",\"params\":{\"device\":\"" + device + "\",\"seq\":" + seq
                + ",\"time\":" + time + ",\"uptime\":" + seq + ",\"signature\":\"" + signature + "\"}}\n";
    }

    @Test
    void forgedHeartbeatsAreReportedUnverified() throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        try (PtyPair pair = PtyPair.start(temp.resolve("device"), temp.resolve("host"));
             SerialLink device = new JSerialCommPorts().open(pair.deviceEnd().toString(), LineSettings.eightNOne(115200))) {
            Thread sender = Thread.ofVirtual().start(() -> {
                for (long seq = 1; running.get(); seq++) {
                    try {
                        device.write(heartbeat(seq % 2 == 0 ? FORGER : DEVICE, seq).getBytes(StandardCharsets.US_ASCII));
                        Thread.sleep(200);
                    } catch (Exception e) {
                        return;
                    }
                }
            });
            StringWriter out = new StringWriter();
            SystemFacts facts = new SystemFacts(Runtime.version(), Optional.of("25"), "Linux", "6", "amd64", "root");
            int exit = new OutpostCli(facts, Map.of(), temp, Locale.ENGLISH, new PrintWriter(out), new PrintWriter(new StringWriter()),
                    services -> 0).execute("devices", "watch", pair.hostEnd().toString(), "--json", "--seconds", "3",
                    "--data-dir", temp.resolve("data").toString());
            running.set(false);
            sender.join();

            assertThat(exit).isZero();
            JsonMapper mapper = JsonMapper.builder().build();
            List<JsonNode> heartbeats = out.toString().lines().map(mapper::readTree)
                    .filter(line -> line.get("type").asString().equals("heartbeat")).toList();
            assertThat(heartbeats).isNotEmpty();
            for (JsonNode heartbeat : heartbeats) {
                boolean genuine = heartbeat.get("seq").asLong() % 2 == 1;
                assertThat(heartbeat.get("verified").asBoolean()).as("heartbeat %s", heartbeat).isEqualTo(genuine);
            }
            assertThat(heartbeats).anyMatch(h -> !h.get("verified").asBoolean()).anyMatch(h -> h.get("verified").asBoolean());
        }
    }
}
