package io.outpost.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.outpost.network.NetworkProfile;
import io.outpost.network.NetworkProfileJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code outpost devnet up --json} in a JVM of its own, as a user runs it: one JSON line whose addresses have
 * code on the running chain and whose oracle answers; SIGTERM then leaves neither the JVM nor anvil behind.
 */
@Timeout(120)
class DevnetUpProcessTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path temp;

    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void closeClient() {
        http.close();
    }

    @Test
    void printsAProfileOfALiveNetworkAndStopsWithoutLeavingAProcess() throws Exception {
        int port = DevnetUpCommandTest.twoFreePorts();
        Path data = temp.resolve("data");
        Process outpost = new ProcessBuilder(javaCommand(), "--enable-native-access=ALL-UNNAMED", "-cp",
                System.getProperty("java.class.path"),
                DevnetTestMain.class.getName(), "devnet", "up", "--json", "--port", Integer.toString(port),
                "--epoch-seconds", "30", "--data-dir", data.toString())
                .redirectError(temp.resolve("stderr.txt").toFile())
                .start();
        try {
            String line = firstLine(outpost);
            assertThat(line).as("stdout; stderr: %s", stderr()).isNotNull();
            NetworkProfile profile = new NetworkProfileJson().read(line);
            assertThat(profile.rpcUrl()).isEqualTo(URI.create("http://127.0.0.1:" + port));
            assertThat(profile.epochSeconds()).isEqualTo(30);
            assertThat(rpc(profile.rpcUrl(), "eth_chainId", List.of()).asString()).isEqualTo("0x7a69");
            for (Map.Entry<String, String> contract : profile.contracts().named()) {
                assertThat(rpc(profile.rpcUrl(), "eth_getCode", List.of(contract.getValue(), "latest")).asString())
                        .as("code at %s", contract.getKey()).startsWith("0x").hasSizeGreaterThan(2);
            }
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(profile.oracleUrl().resolve("/v1/health"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).as("the reference oracle serves this chain").contains("\"chainId\":31337");
            assertThat(new NetworkProfileJson().read(Files.readString(data.resolve("networks").resolve("devnet.json"))))
                    .isEqualTo(profile);

            List<ProcessHandle> children = outpost.descendants().toList();
            assertThat(children).as("anvil runs as a child").isNotEmpty();
            outpost.destroy(); // SIGTERM, as a service manager stops it
            assertThat(outpost.waitFor(30, TimeUnit.SECONDS)).isTrue();
            for (ProcessHandle child : children) {
                assertThat(gone(child)).as("child %s", child.info().command()).isTrue();
            }
            assertThat(data.resolve("devnet").resolve("anvil-state.json")).isNotEmptyFile();
        } finally {
            outpost.descendants().forEach(ProcessHandle::destroyForcibly);
            outpost.destroyForcibly();
        }
    }

    // Polls rather than ProcessHandle.onExit(), whose completion runs on the common pool (see firstLine).
    private static boolean gone(ProcessHandle process) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (process.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        return !process.isAlive();
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String firstLine(Process process) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        // A thread of its own, not the common pool: other tests may hold its only worker on a small machine.
        return CompletableFuture.supplyAsync(() -> {
            try {
                return out.readLine();
            } catch (IOException e) {
                return null;
            }
        }, task -> Thread.ofPlatform().daemon().start(task)).get(90, TimeUnit.SECONDS);
    }

    private String stderr() throws IOException {
        return Files.readString(temp.resolve("stderr.txt"));
    }

    private JsonNode rpc(URI node, String method, List<Object> params) throws Exception {
        String body = JSON.writeValueAsString(Map.of("jsonrpc", "2.0", "id", 1, "method", method, "params", params));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(node)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body()).get("result");
    }
}
