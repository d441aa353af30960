package io.outpost.devices.odp;

import java.util.Optional;
import java.util.OptionalLong;
import tools.jackson.databind.JsonNode;

/**
 * Turns a JSON value into the message a device may send, or nothing. The host sends only integer ids, so
 * a response with any other id cannot answer it; a request from the device has no place in ODP/1.
 */
final class MessageDecoder {
    private MessageDecoder() {
    }

    static Optional<OdpMessage> decode(JsonNode node) {
        if (!node.isObject() || !isVersion2(node.get("jsonrpc"))) {
            return Optional.empty();
        }
        boolean hasId = node.has("id");
        if (node.has("method")) {
            return hasId ? Optional.empty() : notification(node);
        }
        return hasId ? response(node) : Optional.empty();
    }

    private static Optional<OdpMessage> notification(JsonNode node) {
        JsonNode method = node.get("method");
        JsonNode params = node.has("params") ? node.get("params") : OdpJson.object();
        if (!method.isString() || !params.isContainer()) {
            return Optional.empty();
        }
        return Optional.of(new OdpMessage.Notification(method.stringValue(), params));
    }

    private static Optional<OdpMessage> response(JsonNode node) {
        JsonNode id = node.get("id");
        JsonNode result = node.get("result");
        JsonNode error = node.get("error");
        if ((result == null) == (error == null)) {
            return Optional.empty();
        }
        if (result != null) {
            return isInteger(id) ? Optional.of(OdpMessage.Response.success(id.longValue(), result)) : Optional.empty();
        }
        if (!id.isNull() && !isInteger(id)) {
            return Optional.empty();
        }
        OptionalLong requestId = id.isNull() ? OptionalLong.empty() : OptionalLong.of(id.longValue());
        return rpcError(error).map(rpcError -> OdpMessage.Response.failure(requestId, rpcError));
    }

    private static boolean isVersion2(JsonNode version) {
        return version != null && version.isString() && "2.0".equals(version.stringValue());
    }

    private static boolean isInteger(JsonNode id) {
        return id.isIntegralNumber() && id.canConvertToLong();
    }

    private static Optional<RpcError> rpcError(JsonNode error) {
        if (!error.isObject()) {
            return Optional.empty();
        }
        JsonNode code = error.get("code");
        JsonNode message = error.get("message");
        if (code == null || message == null || !code.isIntegralNumber() || !code.canConvertToInt() || !message.isString()) {
            return Optional.empty();
        }
        return Optional.of(new RpcError(code.intValue(), message.stringValue()));
    }
}
