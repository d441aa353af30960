package io.outpost.devnet.oracle;

import io.outpost.devices.crypto.DeviceKey;
import io.outpost.crypto.Eip191;
import io.outpost.crypto.Hex;
import io.outpost.devices.odp.Heartbeat;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The tests' side of the oracle's HTTP API, and heartbeats signed as an ODP device signs them. */
final class OracleClient {
    static final JsonMapper JSON = JsonMapper.builder().build();

    record Answer(int status, JsonNode body, Optional<String> retryAfter) {
        String error() {
            return body.path("error").asString();
        }
    }

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI base;

    OracleClient(URI base) {
        this.base = base;
    }

    /** An ODP heartbeat's params, signed by the device key over {@code outpost-heartbeat:<device>:<seq>:<time>}. */
    static ObjectNode heartbeat(DeviceKey key, long seq, long time) {
        String text = new Heartbeat(key.address(), seq, time, 0, "").signedText();
        ObjectNode params = JSON.createObjectNode();
        params.put("device", key.address().value());
        params.put("seq", seq);
        params.put("time", time);
        params.put("uptime", 60 + seq * 30);
        params.put("signature", Hex.encode(key.sign(Eip191.hash(text))));
        return params;
    }

    Answer post(String path, String body) throws Exception {
        return send(HttpRequest.newBuilder(base.resolve(path)).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json"));
    }

    Answer post(JsonNode body) throws Exception {
        return post("/v1/heartbeats", JSON.writeValueAsString(body));
    }

    Answer get(String path) throws Exception {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    Answer send(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode body = JSON.readTree(response.body());
        return new Answer(response.statusCode(), body, response.headers().firstValue("Retry-After"));
    }
}
