package io.outpost.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.outpost.devnet.Devnet;
import io.outpost.devnet.HealthOnlyOracle;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code outpost devnet up} in this JVM: its checks of the options, and its text output on a real anvil. */
@Timeout(120)
class DevnetUpCommandTest {
    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return new OutpostCli(OutpostCliTest.LINUX, System.getenv(), temp.resolve("home"), Locale.ENGLISH, new PrintWriter(out, true),
                new PrintWriter(err, true), services -> 0, new HealthOnlyOracle()).execute(args);
    }

    /** A port whose next port is free too: the chain takes the first, the oracle the second. */
    static int twoFreePorts() throws IOException {
        for (int attempt = 0; attempt < 50; attempt++) {
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                int port = socket.getLocalPort();
                if (port < 65534 && Devnet.portAvailable(port + 1)) {
                    return port;
                }
            }
        }
        throw new IOException("no two free loopback ports in a row");
    }

    @Test
    void helpNamesTheOptions() {
        assertThat(run("devnet", "up", "--help")).isZero();
        assertThat(out.toString()).contains("--epoch-seconds=N", "--port=P", "--json", "reference oracle");
    }

    @Test
    void anEpochShorterThanTenSecondsIsRefused() {
        assertThat(run("devnet", "up", "--epoch-seconds", "9", "--data-dir", temp.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("at least 10 seconds, not 9");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "65535", "-1"})
    void aPortOutsideTheRangeIsRefused(String port) {
        assertThat(run("devnet", "up", "--port", port, "--data-dir", temp.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("between 1 and 65534, not " + port);
    }

    @Test
    void aPortInUseIsNamed() throws IOException {
        int port = twoFreePorts();
        try (ServerSocket oraclesPort = new ServerSocket(port + 1, 1, InetAddress.getLoopbackAddress())) {
            assertThat(run("devnet", "up", "--port", Integer.toString(port), "--data-dir", temp.toString())).isEqualTo(2);
        }
        assertThat(err.toString()).contains("Port " + (port + 1) + " of this computer is already in use", "--port");
    }

    @Test
    void printsWhatRunsWhereAndStopsWithTheOracleWhenAnvilDies() throws Exception {
        int port = twoFreePorts();
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> run("devnet", "up", "--port",
                Integer.toString(port), "--epoch-seconds", "20", "--data-dir", temp.toString()),
                task -> Thread.ofPlatform().start(task)); // not the common pool: other tests may hold its worker
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!out.toString().contains("Press Ctrl+C to stop.") && !exit.isDone() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(out.toString()).as("stderr: %s", err).contains("The Outpost devnet is running.",
                "Chain (anvil): http://127.0.0.1:" + port + ", chain id 31337",
                "Oracle: http://127.0.0.1:" + (port + 1),
                "deviceRegistry       0x5fbdb2315678afecb367f032d93f642f64180aa3",
                "token                0xcafac3dd18ac6c6e92c921884f9e4176737c052c",
                "hold 10,000 ETH each", "OPT is only minted as rewards",
                temp.resolve("networks").resolve("devnet.json").toString());
        URI health = URI.create("http://127.0.0.1:" + (port + 1) + "/v1/health");
        assertThat(get(health)).isEqualTo(200);

        List<ProcessHandle> anvil = ProcessHandle.current().descendants()
                .filter(p -> p.info().command().orElse("").endsWith("anvil")).toList();
        assertThat(anvil).hasSize(1);
        anvil.getFirst().destroyForcibly();

        assertThat(exit.get(30, TimeUnit.SECONDS)).isEqualTo(70);
        assertThat(err.toString()).contains("anvil stopped by itself");
        assertThat(get(health)).as("the oracle stopped too").isEqualTo(-1);
    }

    private static int get(URI uri) throws InterruptedException {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        }
    }
}
