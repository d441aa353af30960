package io.outpost.app.wallet;

import com.sun.net.httpserver.HttpServer;
import io.outpost.devnet.merkle.CumulativeMerkleTree;
import io.outpost.network.abi.Hex;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * A real HTTP server answering {@code GET /v1/rewards/{owner}} as the oracle's API does, from a cumulative
 * tree; it counts requests and holds each answer until {@code parallel} requests are in flight, so a client
 * that asks one owner after another never gets its second answer (proving the wave is parallel).
 */
public final class RewardsOracleStub implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final AtomicInteger requests = new AtomicInteger();
    private final CountDownLatch together;

    /** @param cumulative keyed by lowercase address */
    public RewardsOracleStub(long epoch, Map<String, BigInteger> cumulative, int parallel) throws IOException {
        this.together = new CountDownLatch(parallel);
        CumulativeMerkleTree tree = new CumulativeMerkleTree(cumulative);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/rewards/", exchange -> {
            requests.incrementAndGet();
            together.countDown();
            try (exchange) {
                together.await(5, TimeUnit.SECONDS);
                String owner = exchange.getRequestURI().getPath().substring("/v1/rewards/".length()).toLowerCase(Locale.ROOT);
                BigInteger amount = cumulative.get(owner);
                String body = amount == null ? "{\"error\":\"no_rewards\",\"message\":\"nothing for this owner\"}"
                        : "{\"owner\":\"" + owner + "\",\"epoch\":" + epoch + ",\"cumulativeAmount\":\"" + amount
                        + "\",\"proof\":[" + tree.proof(owner).stream().map(node -> "\"" + Hex.encode(node) + "\"")
                        .collect(Collectors.joining(",")) + "],\"root\":\"" + Hex.encode(tree.root()) + "\"}";
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(amount == null ? 404 : 200, bytes.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        server.setExecutor(executor);
        server.start();
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public int requests() {
        return requests.get();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.close();
    }
}
