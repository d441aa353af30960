package io.outpost.devices.odp;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import tools.jackson.databind.JsonNode;

/**
 * A message a device sends: a response to a request, or a notification. The JSON inside is handed out as
 * copies, so a message stays immutable.
 */
public sealed interface OdpMessage {

    /**
     * The answer to the request with the same id: a result or an error, never both. The id is absent only
     * on an error the device could not tie to a request (JSON-RPC's {@code "id": null}).
     */
    record Response(OptionalLong id, Optional<JsonNode> result, Optional<RpcError> error) implements OdpMessage {
        public Response {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(result, "result");
            Objects.requireNonNull(error, "error");
            if (result.isPresent() == error.isPresent()) {
                throw new IllegalArgumentException("a response holds either a result or an error");
            }
            if (result.isPresent() && id.isEmpty()) {
                throw new IllegalArgumentException("a result answers a request, so it has an id");
            }
        }

        public static Response success(long id, JsonNode result) {
            return new Response(OptionalLong.of(id), Optional.of(result), Optional.empty());
        }

        public static Response failure(OptionalLong id, RpcError error) {
            return new Response(id, Optional.empty(), Optional.of(error));
        }

        @Override
        public Optional<JsonNode> result() {
            return result.map(JsonNode::deepCopy);
        }
    }

    /** A message the device sends on its own, such as {@code heartbeat}; params are an object or array. */
    record Notification(String method, JsonNode params) implements OdpMessage {
        public Notification {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(params, "params");
        }

        @Override
        public JsonNode params() {
            return params.deepCopy();
        }
    }
}
