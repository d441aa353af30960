package io.outpost.devices.odp;

import io.outpost.devices.crypto.DeviceKey;
import io.outpost.crypto.Eip712;
import io.outpost.crypto.Hex;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the reference device answers to each ODP/1 request, including its signing policy: it signs only an
 * {@code Onboard} message about itself. Pure: requests in, responses out; the emulator does the I/O.
 */
final class OdpDeviceLogic {
    static final String MODEL = "Outpost Hotspot (emulated)";

    private final DeviceKey key;
    private final long bootNanos;
    private int heartbeatInterval = 30;
    private String networkName;
    private Long chainId;
    private Coordinates location;

    OdpDeviceLogic(DeviceKey key, long bootNanos) {
        this.key = key;
        this.bootNanos = bootNanos;
    }

    synchronized int heartbeatInterval() {
        return heartbeatInterval;
    }

    long uptimeSeconds(long nowNanos) {
        return (nowNanos - bootNanos) / 1_000_000_000L;
    }

    /** The response line (without newline) for one request line, or empty for a notification from the host. */
    synchronized Optional<String> answer(byte[] line, int length, long nowNanos) {
        Optional<JsonNode> parsed = OdpJson.read(line, 0, length);
        if (parsed.isEmpty() || !parsed.get().isObject()) {
            return Optional.of(error(null, RpcError.PARSE_ERROR, "Parse error"));
        }
        JsonNode request = parsed.get();
        JsonNode id = request.get("id");
        if (!"2.0".equals(request.path("jsonrpc").asString(null)) || !request.path("method").isString()) {
            return Optional.of(error(id, RpcError.INVALID_REQUEST, "Invalid request"));
        }
        if (id == null) {
            return Optional.empty();
        }
        JsonNode params = request.path("params");
        return Optional.of(switch (request.path("method").asString()) {
            case "identify" -> result(id, identify());
            case "status" -> result(id, status(nowNanos));
            case "configure" -> configure(id, params);
            case "sign_typed_data" -> signTypedData(id, params.path("typedData"));
            default -> error(id, RpcError.METHOD_NOT_FOUND, "Method not found");
        });
    }

    private ObjectNode identify() {
        ObjectNode result = OdpJson.object();
        result.put("model", MODEL);
        result.put("hardware", "emulator");
        result.put("firmware", "1.0.0");
        result.put("serial", "EMU-" + key.address().value().substring(2, 10).toUpperCase(Locale.ROOT));
        result.put("device", key.address().value());
        result.put("publicKey", Hex.encode(key.publicKey()));
        return result;
    }

    private ObjectNode status(long nowNanos) {
        ObjectNode result = OdpJson.object();
        result.put("uptime", uptimeSeconds(nowNanos));
        result.put("heartbeatInterval", heartbeatInterval);
        ObjectNode network = result.putObject("network");
        network.put("name", networkName);
        if (chainId == null) {
            network.putNull("chainId");
        } else {
            network.put("chainId", chainId);
        }
        if (location == null) {
            result.putNull("location");
        } else {
            ObjectNode where = result.putObject("location");
            where.put("lat", location.lat());
            where.put("lon", location.lon());
            where.put("source", "manual");
        }
        return result;
    }

    private String configure(JsonNode id, JsonNode params) {
        Optional<DeviceConfig> changes = configOf(params);
        if (changes.isEmpty()) {
            return error(id, RpcError.INVALID_PARAMS, "Invalid params");
        }
        DeviceConfig config = changes.get();
        config.heartbeatInterval().ifPresent(seconds -> heartbeatInterval = seconds);
        config.network().ifPresent(network -> {
            networkName = network.name();
            chainId = network.chainId();
        });
        config.location().ifPresent(where -> location = where);
        ObjectNode ok = OdpJson.object();
        ok.put("ok", true);
        return result(id, ok);
    }

    // Every value is checked before anything changes: an out-of-range field rejects the whole request.
    private static Optional<DeviceConfig> configOf(JsonNode params) {
        if (!params.isObject() || params.isEmpty()) {
            return Optional.empty();
        }
        DeviceConfig config = DeviceConfig.NONE;
        try {
            for (var field : params.properties()) {
                JsonNode value = field.getValue();
                config = switch (field.getKey()) {
                    case "heartbeatInterval" -> config.withHeartbeatInterval(intValue(value));
                    case "network" -> config.withNetwork(new Network(value.path("name").asString(),
                            longValue(value.path("chainId"))));
                    case "location" -> config.withLocation(new Coordinates(number(value.path("lat")), number(value.path("lon"))));
                    default -> throw new IllegalArgumentException("unknown setting " + field.getKey());
                };
            }
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
        return Optional.of(config);
    }

    private static int intValue(JsonNode value) {
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw new IllegalArgumentException("not an integer");
        }
        return value.asInt();
    }

    private static long longValue(JsonNode value) {
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new IllegalArgumentException("not an integer");
        }
        return value.asLong();
    }

    private static double number(JsonNode value) {
        if (!value.isNumber()) {
            throw new IllegalArgumentException("not a number");
        }
        return value.asDouble();
    }

    private String signTypedData(JsonNode id, JsonNode typedData) {
        boolean onboard = Onboard.PRIMARY_TYPE.equals(typedData.path("primaryType").asString(null));
        String about = typedData.path("message").path("device").asString("");
        if (!onboard || !key.address().value().equalsIgnoreCase(about)) {
            return error(id, RpcError.REFUSED, "Refused: this device signs only its own Onboard message");
        }
        byte[] hash;
        try {
            hash = Eip712.hash(typedData);
        } catch (RuntimeException malformed) {
            return error(id, RpcError.INVALID_PARAMS, "Invalid params");
        }
        ObjectNode result = OdpJson.object();
        result.put("signature", Hex.encode(key.sign(hash)));
        return result(id, result);
    }

    private static String result(JsonNode id, JsonNode result) {
        ObjectNode response = OdpJson.object();
        response.put("jsonrpc", "2.0");
        response.set("id", id);
        response.set("result", result);
        return OdpJson.write(response);
    }

    private static String error(JsonNode id, int code, String message) {
        ObjectNode response = OdpJson.object();
        response.put("jsonrpc", "2.0");
        if (id == null) {
            response.putNull("id");
        } else {
            response.set("id", id);
        }
        ObjectNode error = response.putObject("error");
        error.put("code", code);
        error.put("message", message);
        return OdpJson.write(response);
    }
}
