package io.outpost.devnet;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A real HTTP server standing in for the reference oracle: it answers {@code GET /v1/health} as the oracle API
 * says, and remembers the settings it was started with. Shared with the app's tests (test jar).
 */
public final class HealthOnlyOracle implements OracleLauncher {
    private final List<Settings> started = new ArrayList<>();

    public synchronized List<Settings> started() {
        return List.copyOf(started);
    }

    @Override
    public RunningOracle start(Settings settings) throws IOException {
        synchronized (this) {
            started.add(settings);
        }
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), settings.port()), 0);
        server.createContext("/v1/health", exchange -> answer(exchange,
                "{\"status\":\"ok\",\"chainId\":" + settings.chainId() + ",\"epoch\":1}"));
        server.start();
        URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        return new RunningOracle() {
            @Override
            public URI uri() {
                return uri;
            }

            @Override
            public void close() {
                server.stop(0);
            }
        };
    }

    private static void answer(HttpExchange exchange, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
