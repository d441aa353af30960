package io.outpost.devices.odp;

import java.util.Objects;

/** A JSON-RPC error object as a device sends it; the codes are those ODP/1 names. */
public record RpcError(int code, String message) {
    public static final int PARSE_ERROR = -32700;
    public static final int INVALID_REQUEST = -32600;
    public static final int METHOD_NOT_FOUND = -32601;
    public static final int INVALID_PARAMS = -32602;
    public static final int INTERNAL_ERROR = -32603;
    /** The device's signing policy refused to sign. */
    public static final int REFUSED = -32010;

    public RpcError {
        Objects.requireNonNull(message, "message");
    }
}
