package io.outpost.devices.odp;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Encodes the host's requests as ODP/1 lines: compact JSON-RPC 2.0, one line each ending in {@code \n},
 * with ids counting up from 1. One instance per session, so ids are unique within it; thread-safe.
 */
public final class OdpRequests {
    /** How long a device may take to answer; {@code sign_typed_data} gets longer. */
    public static final Duration ANSWER_TIME = Duration.ofSeconds(1);
    public static final Duration SIGNING_TIME = Duration.ofSeconds(5);

    private final AtomicLong nextId = new AtomicLong(1);

    public OdpRequest identify() {
        return request("identify", null, ANSWER_TIME);
    }

    public OdpRequest status() {
        return request("status", null, ANSWER_TIME);
    }

    /** Applies the given changes; refuses an empty one (the ranges were checked when it was built). */
    public OdpRequest configure(DeviceConfig changes) {
        if (changes.isEmpty()) {
            throw new IllegalArgumentException("configure needs at least one change");
        }
        ObjectNode params = OdpJson.object();
        changes.network().ifPresent(network ->
                params.putObject("network").put("name", network.name()).put("chainId", network.chainId()));
        changes.heartbeatInterval().ifPresent(seconds -> params.put("heartbeatInterval", seconds));
        changes.location().ifPresent(at -> params.putObject("location").put("lat", at.lat()).put("lon", at.lon()));
        return request("configure", params, ANSWER_TIME);
    }

    /** Asks the device to sign EIP-712 typed data (ODP/1 devices sign only their own {@link Onboard}). */
    public OdpRequest signTypedData(JsonNode typedData) {
        if (!typedData.isObject()) {
            throw new IllegalArgumentException("typed data is a JSON object");
        }
        ObjectNode params = OdpJson.object();
        params.set("typedData", typedData.deepCopy());
        return request("sign_typed_data", params, SIGNING_TIME);
    }

    private OdpRequest request(String method, ObjectNode params, Duration timeout) {
        long id = nextId.getAndIncrement();
        ObjectNode message = OdpJson.object().put("jsonrpc", "2.0").put("id", id).put("method", method);
        if (params != null) {
            message.set("params", params);
        }
        String json = OdpJson.write(message);
        if (json.getBytes(StandardCharsets.UTF_8).length > OdpJson.MAX_LINE_BYTES) {
            throw new IllegalArgumentException(method + " request is longer than the " + OdpJson.MAX_LINE_BYTES
                    + " bytes a line may hold");
        }
        return new OdpRequest(id, method, json + "\n", timeout);
    }
}
