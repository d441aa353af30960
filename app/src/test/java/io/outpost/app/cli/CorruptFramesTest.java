package io.outpost.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.outpost.app.doctor.SystemFacts;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A meter replaying a good and a corrupted telegram: {@code outpost devices watch} shows only the good one's values. */
@Timeout(60)
class CorruptFramesTest {
    private static final SystemFacts LINUX = new SystemFacts(Runtime.version(), Optional.of("25"), "Linux", "6", "amd64", "root");

    @TempDir
    Path temp;

    private int run(StringWriter out, String... args) {
        return new OutpostCli(LINUX, Map.of(), temp, Locale.ENGLISH, new PrintWriter(out), new PrintWriter(new StringWriter()),
                services -> 0).execute(args);
    }

    @Test
    void corruptedTelegramsNeverBecomeReadings() throws Exception {
        String good = Files.readString(Path.of("..", "..", "shared", "devdata", "dsmr-p1", "telegram_v5.txt"), StandardCharsets.ISO_8859_1);
        assertThat(good).contains("1-0:1.7.0(00.244*kW)");
        // One digit of the power changed after the CRC was computed: the CRC no longer matches.
        String corrupted = good.replace("1-0:1.7.0(00.244*kW)", "1-0:1.7.0(09.244*kW)");
        Path capture = Files.writeString(temp.resolve("meter.txt"), good + corrupted, StandardCharsets.ISO_8859_1);
        Path link = temp.resolve("meter");
        // A daemon thread of its own: once the watch ends nobody reads the line, and the emulator may block in a
        // write until the JVM exits; on the common pool it would take the only worker of a two-core machine.
        Thread.ofPlatform().daemon().start(() -> run(new StringWriter(), "emulate", "dsmr", "--replay", capture.toString(),
                "--link", link.toString(), "--seconds", "12", "--data-dir", temp.resolve("e").toString()));
        while (!Files.exists(link)) {
            Thread.sleep(20);
        }

        StringWriter out = new StringWriter();
        assertThat(run(out, "devices", "watch", link.toString(), "--json", "--seconds", "4",
                "--data-dir", temp.resolve("w").toString())).isZero();

        JsonMapper mapper = JsonMapper.builder().build();
        List<JsonNode> readings = out.toString().lines().map(mapper::readTree)
                .filter(line -> line.get("type").asString().equals("reading")).toList();
        assertThat(readings).isNotEmpty();
        assertThat(readings).allSatisfy(r -> assertThat(r.get("powerDeliveredKw").decimalValue()).isEqualByComparingTo("0.244"));
    }
}
