package io.outpost.app.relay;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.outpost.app.AppInfo;
import io.outpost.app.AppServices;
import io.outpost.app.doctor.SystemFacts;
import io.outpost.app.networks.TestProfiles;
import io.outpost.app.storage.AppDirectories;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** A network chosen while the app runs gets the relay's next batch: the relay asks for the active oracle each time. */
@Timeout(60)
class RelayFollowsActiveNetworkTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final SignedHeartbeats device = new SignedHeartbeats(HeartbeatQueueTest.key(5));

    @TempDir
    Path temp;

    /** An oracle that accepts every heartbeat and counts the ones it got. */
    private record Oracle(HttpServer server, AtomicInteger heartbeats) implements AutoCloseable {
        static Oracle start() throws IOException {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            AtomicInteger heartbeats = new AtomicInteger();
            server.createContext("/v1/heartbeats", exchange -> {
                int count = JSON.readTree(exchange.getRequestBody().readAllBytes()).size();
                heartbeats.addAndGet(count);
                byte[] body = ("{\"results\":[" + "{\"status\":\"accepted\"},".repeat(count).replaceAll(",$", "") + "]}")
                        .getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return new Oracle(server, heartbeats);
        }

        URI url() {
            return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    private void install(Path data, String id, URI oracle) throws IOException {
        Files.createDirectories(data.resolve("networks"));
        Files.writeString(data.resolve("networks").resolve(id + ".json"), TestProfiles.json(TestProfiles.profile(id, id,
                31337, URI.create("http://127.0.0.1:8545"), oracle)));
    }

    @Test
    void aNetworkChosenAfterTheRelayStartedGetsTheNextBatch() throws Exception {
        Path data = temp.resolve("data");
        try (Oracle alpha = Oracle.start(); Oracle beta = Oracle.start()) {
            install(data, "alpha", alpha.url());
            install(data, "beta", beta.url());
            SystemFacts facts = new SystemFacts(Runtime.version(), Optional.of("25"), "Linux", "6", "amd64", "root");
            try (AppServices services = new AppServices(AppInfo.fromBuild(), AppDirectories.portable(data), facts,
                    Clock.systemUTC())) {
                services.networks().use("alpha");
                long now = Instant.now().getEpochSecond();
                services.relay().offer(device.heartbeat(1, now));
                services.relay().drain();

                services.networks().use("beta");
                services.relay().offer(device.heartbeat(2, now));
                services.relay().drain();

                assertThat(alpha.heartbeats()).hasValue(1);
                assertThat(beta.heartbeats()).hasValue(1);
                assertThat(services.relay().status().delivered()).isEqualTo(2);
            }
        }
    }
}
