package io.outpost.network.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A real HTTP server on loopback that answers from a script: each request takes the next reply, and the
 * last one ({@link #otherwise}) answers the rest. It records what was asked, so tests count round trips.
 */
public final class ScriptedServer implements AutoCloseable {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One answer to one request. */
    @FunctionalInterface
    public interface Reply {
        void answer(HttpExchange exchange, String body) throws IOException;
    }

    /** A request as the server saw it. */
    public record Request(String method, String path, String body) {
        public JsonNode json() {
            return JSON.readTree(body);
        }
    }

    private final HttpServer server;
    private final ConcurrentLinkedQueue<Reply> script = new ConcurrentLinkedQueue<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private volatile Reply otherwise = status(404, Map.of());

    private ScriptedServer(HttpServer server) {
        this.server = server;
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            URI uri = exchange.getRequestURI();
            requests.add(new Request(exchange.getRequestMethod(), uri.getRawPath()
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()), body));
            Reply reply = script.poll();
            try {
                (reply == null ? otherwise : reply).answer(exchange, body);
            } finally {
                exchange.close();
            }
        });
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
    }

    public static ScriptedServer start() throws IOException {
        return new ScriptedServer(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0));
    }

    /** An address where nothing listens: connecting is refused. */
    public static URI deadAddress() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public ScriptedServer then(Reply reply) {
        script.add(reply);
        return this;
    }

    public ScriptedServer otherwise(Reply reply) {
        this.otherwise = reply;
        return this;
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    public static Reply json(int status, String body) {
        return json(status, body, Map.of());
    }

    public static Reply json(int status, String body, Map<String, String> headers) {
        return (exchange, ignored) -> {
            headers.forEach(exchange.getResponseHeaders()::add);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        };
    }

    public static Reply status(int status, Map<String, String> headers) {
        return json(status, "", headers);
    }

    /** Waits before answering, as a node that is too slow. */
    public static Reply after(Duration delay, Reply reply) {
        return (exchange, body) -> {
            try {
                Thread.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            reply.answer(exchange, body);
        };
    }

    /**
     * A JSON-RPC node: each call (alone or in a batch) gets {@code answer(call)}, an object with a
     * {@code result} or an {@code error}; the id is added. {@code order} may reorder a batch's answers.
     */
    public static Reply rpc(Function<JsonNode, ObjectNode> answer, Function<List<JsonNode>, List<JsonNode>> order) {
        return (exchange, body) -> {
            JsonNode request = JSON.readTree(body);
            if (request.isArray()) {
                List<JsonNode> answers = new ArrayList<>();
                request.forEach(call -> answers.add(answer.apply(call).set("id", call.get("id"))));
                ArrayNode array = JSON.createArrayNode();
                order.apply(answers).forEach(array::add);
                json(200, JSON.writeValueAsString(array)).answer(exchange, body);
            } else {
                json(200, JSON.writeValueAsString(answer.apply(request).set("id", request.get("id")))).answer(exchange, body);
            }
        };
    }

    public static Reply rpc(Function<JsonNode, ObjectNode> answer) {
        return rpc(answer, answers -> answers);
    }

    public static ObjectNode result(String value) {
        return JSON.createObjectNode().put("jsonrpc", "2.0").put("result", value);
    }

    public static ObjectNode error(int code, String message, String data) {
        ObjectNode answer = JSON.createObjectNode().put("jsonrpc", "2.0");
        ObjectNode error = answer.putObject("error").put("code", code).put("message", message);
        if (data != null) {
            error.put("data", data);
        }
        return answer;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
