package io.outpost.devnet.oracle;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The oracle's HTTP front on the JDK's server, on loopback, one virtual thread per request. Every answer is
 * JSON; a refused request gets {@code {"error", "message"}}, and a failure inside the oracle a 500 whose body
 * says nothing of it (the log has the details).
 */
final class OracleHttp implements AutoCloseable {
    static final int MAX_BODY = 64 * 1024;
    static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final Logger LOG = LoggerFactory.getLogger(OracleHttp.class);

    /** One endpoint: a method, a path pattern whose groups are the path's parameters, and what it does. */
    record Route(String method, Pattern path, Handler handler) {
    }

    @FunctionalInterface
    interface Handler {
        void handle(HttpExchange exchange, Matcher path) throws Exception;
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final List<Route> routes;

    private OracleHttp(HttpServer server, List<Route> routes) {
        this.server = server;
        this.routes = routes;
    }

    static OracleHttp start(int port, List<Route> routes) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        OracleHttp http = new OracleHttp(server, routes);
        server.createContext("/", http::dispatch);
        server.setExecutor(http.executor);
        server.start();
        return http;
    }

    URI uri() {
        InetSocketAddress address = server.getAddress();
        return URI.create("http://" + address.getAddress().getHostAddress() + ":" + address.getPort());
    }

    private void dispatch(HttpExchange exchange) {
        try (exchange) {
            try {
                route(exchange);
            } catch (ApiError e) {
                sendError(exchange, e.refusal(), e.getMessage());
            } catch (ChainUnavailable e) {
                LOG.warn("The chain did not answer: {}", e.getMessage());
                sendError(exchange, Refusal.UNAVAILABLE, "the oracle cannot reach the chain; try again later");
            } catch (Exception e) {
                LOG.error("{} {} failed", exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(), e);
                sendError(exchange, Refusal.INTERNAL, "the oracle failed to answer; see its log");
            }
        } catch (IOException e) {
            LOG.debug("Could not answer {}: {}", exchange.getRequestURI().getRawPath(), e.getMessage());
        }
    }

    private void route(HttpExchange exchange) throws Exception {
        String path = exchange.getRequestURI().getRawPath();
        List<String> allowed = new ArrayList<>();
        for (Route route : routes) {
            Matcher matcher = route.path().matcher(path);
            if (!matcher.matches()) {
                continue;
            }
            if (route.method().equals(exchange.getRequestMethod())) {
                route.handler().handle(exchange, matcher);
                return;
            }
            allowed.add(route.method());
        }
        if (allowed.isEmpty()) {
            throw new ApiError(Refusal.NOT_FOUND, "no such endpoint: " + path);
        }
        exchange.getResponseHeaders().set("Allow", String.join(", ", allowed));
        throw new ApiError(Refusal.METHOD_NOT_ALLOWED, exchange.getRequestMethod() + " is not allowed here; use "
                + String.join(" or ", allowed));
    }

    /** The request's JSON body: at most {@link #MAX_BODY} bytes, one JSON value. */
    static JsonNode readJson(HttpExchange exchange) throws ApiError, IOException {
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        if (declared != null && declared.matches("\\d{1,18}") && Long.parseLong(declared) > MAX_BODY) {
            throw new ApiError(Refusal.TOO_LARGE, "the body is larger than " + MAX_BODY + " bytes");
        }
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readNBytes(MAX_BODY + 1);
        }
        if (body.length > MAX_BODY) {
            throw new ApiError(Refusal.TOO_LARGE, "the body is larger than " + MAX_BODY + " bytes");
        }
        JsonNode node;
        try {
            node = JSON.readTree(body);
        } catch (RuntimeException e) {
            throw ApiError.malformed("the body is not one JSON value");
        }
        if (node == null || node.isMissingNode()) {
            throw ApiError.malformed("the body is empty");
        }
        return node;
    }

    static void send(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    static ObjectNode error(Refusal refusal, String message) {
        return JSON.createObjectNode().put("error", refusal.code()).put("message", message);
    }

    static void sendError(HttpExchange exchange, Refusal refusal, String message) throws IOException {
        send(exchange, refusal.status(), error(refusal, message));
    }

    @Override
    public void close() {
        server.stop(0);
        executor.close();
    }
}
