package io.outpost.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.outpost.app.doctor.SystemFacts;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code outpost emulate} on a real pty pair (socat), identified by {@code outpost devices probe}: both as the CLI runs them. */
@Timeout(60)
class EmulateAndProbeTest {
    private static final SystemFacts LINUX = new SystemFacts(Runtime.version(), Optional.of("25.0.4"), "Linux", "6.1",
            "amd64", "root");

    @TempDir
    Path temp;

    private int run(StringWriter out, String... args) {
        return new OutpostCli(LINUX, Map.of(), temp.resolve("home"), Locale.ENGLISH, new PrintWriter(out),
                new PrintWriter(new StringWriter()), services -> 0).execute(args);
    }

    private JsonNode emulateAndProbe(String family, String... emulateOptions) throws Exception {
        Path link = temp.resolve(family);
        String[] emulate = java.util.stream.Stream.concat(
                java.util.stream.Stream.of("emulate", family, "--link", link.toString(), "--seconds", "15",
                        "--data-dir", temp.resolve("emulator-data").toString()),
                java.util.stream.Stream.of(emulateOptions)).toArray(String[]::new);
        CompletableFuture<Integer> emulator = CompletableFuture.supplyAsync(() -> run(new StringWriter(), emulate),
                task -> Thread.ofPlatform().daemon().start(task)); // not the common pool: its one worker on two cores
        while (!Files.exists(link) && !emulator.isDone()) {
            Thread.sleep(20);
        }
        StringWriter out = new StringWriter();
        int exit = run(out, "devices", "probe", link.toString(), "--json", "--timeout", "8",
                "--data-dir", temp.resolve("probe-data").toString());
        assertThat(exit).as("probe exit code; output: %s", out).isZero();
        return JsonMapper.builder().build().readTree(out.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"sds011", "odp", "nmea", "dsmr"})
    void theProbeIdentifiesTheEmulator(String family) throws Exception {
        JsonNode found = emulateAndProbe(family);
        assertThat(found.get("protocol").asString()).isEqualTo(family);
        assertThat(found.get("port").asString()).isEqualTo(temp.resolve(family).toString());
        assertThat(found.get("model").asString()).isNotBlank();
        assertThat(found.get("reading").isObject()).isTrue();
        switch (family) {
            case "sds011" -> {
                assertThat(found.get("id").asString()).isEqualTo("A160");
                assertThat(found.get("reading").get("pm25Ugm3").asDouble()).isPositive();
            }
            case "odp" -> {
                assertThat(found.get("device").asString()).matches("0x[0-9a-f]{40}");
                assertThat(found.get("serial").asString()).startsWith("EMU-");
                assertThat(found.get("firmware").asString()).isNotBlank();
                assertThat(found.get("publicKeyMatchesDevice").asBoolean()).isTrue();
                assertThat(found.get("reading").get("verified").asBoolean()).as("boot heartbeat verified").isTrue();
            }
            case "nmea" -> {
                assertThat(found.get("model").asString()).contains("u-blox");
                assertThat(found.get("uniqueId").asString()).isEqualTo("12345678ab");
                assertThat(found.get("reading").get("lat").asDouble()).isBetween(52.36, 52.38);
                assertThat(found.get("reading").get("lon").asDouble()).isBetween(4.89, 4.92);
                assertThat(found.get("reading").get("fixQuality").asInt()).isEqualTo(1);
                assertThat(found.get("reading").get("satellites").asInt()).isPositive();
            }
            case "dsmr" -> {
                assertThat(found.get("equipmentId").asString()).isEqualTo("E0044007316150517");
                assertThat(found.get("reading").get("powerDeliveredKw").asDouble()).isPositive();
                assertThat(found.get("reading").get("energyDeliveredKwh").asDouble()).isGreaterThan(7000);
            }
            default -> throw new IllegalArgumentException(family);
        }
    }
}
