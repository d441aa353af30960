package io.outpost.network.rpc;

import io.outpost.network.abi.Hex;
import io.outpost.network.http.Transient;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Why a JSON-RPC request failed. {@link Unreachable}, {@link RateLimited} and {@link ServerFault} are
 * {@link Transient}: the client has already retried them as its policy allows. Messages name the node by
 * its origin only ({@code https://host/…}), never the path that may hold an API key.
 */
public abstract sealed class RpcException extends RuntimeException {
    private RpcException(String message, Throwable cause) {
        super(message, cause);
    }

    /** No answer: the connection was refused, broke, or the node did not answer in time. */
    public static final class Unreachable extends RpcException implements Transient {
        public Unreachable(String message, Throwable cause) {
            super(message, cause);
        }

        @Override
        public Optional<Duration> retryAfter() {
            return Optional.empty();
        }
    }

    /** HTTP 429, or a JSON-RPC "limit exceeded" error (-32005, or 429 as a code). */
    public static final class RateLimited extends RpcException implements Transient {
        private final transient Optional<Duration> retryAfter;

        public RateLimited(String message, Optional<Duration> retryAfter) {
            super(message, null);
            this.retryAfter = retryAfter;
        }

        @Override
        public Optional<Duration> retryAfter() {
            return retryAfter;
        }
    }

    /** HTTP 5xx from the node or a proxy in front of it. */
    public static final class ServerFault extends RpcException implements Transient {
        private final int status;

        public ServerFault(String message, int status) {
            super(message, null);
            this.status = status;
        }

        public int status() {
            return status;
        }

        @Override
        public Optional<Duration> retryAfter() {
            return Optional.empty();
        }
    }

    /** A JSON-RPC error object: the node understood the request and refused it. */
    public static final class RpcError extends RpcException {
        private final int code;
        private final String rpcMessage;
        private final String data;

        public RpcError(int code, String rpcMessage, String data) {
            super("JSON-RPC error " + code + ": " + rpcMessage, null);
            this.code = code;
            this.rpcMessage = rpcMessage;
            this.data = data;
        }

        public int code() {
            return code;
        }

        public String rpcMessage() {
            return rpcMessage;
        }

        /** The revert data of a failed {@code eth_call}, when {@code data} is 0x-hex bytes. */
        public Optional<byte[]> revertData() {
            if (data == null || !data.matches("0x([0-9a-fA-F]{2})*")) {
                return Optional.empty();
            }
            return Optional.of(Hex.decode(data));
        }
    }

    /**
     * A call reverted, with the reason decoded from the contract's ABI: a custom error such as
     * {@code NotRegistered(address)}, {@code Error} (a require message) or {@code Panic}. {@code errorName}
     * is the 4-byte selector in hex when the ABI does not know it, and empty when the revert had no data.
     */
    public static final class Reverted extends RpcException {
        private final String errorName;
        private final transient List<Object> arguments;
        private final byte[] data;

        public Reverted(String errorName, List<Object> arguments, byte[] data) {
            super("reverted: " + (errorName.isEmpty() ? "(no reason given)" : errorName + arguments), null);
            this.errorName = errorName;
            this.arguments = List.copyOf(arguments);
            this.data = data.clone();
        }

        public String errorName() {
            return errorName;
        }

        public List<Object> arguments() {
            return arguments;
        }

        public byte[] data() {
            return data.clone();
        }
    }

    /** An answer that is not the JSON-RPC we asked for: not JSON, no answer for a request id, bad ABI data. */
    public static final class BadResponse extends RpcException {
        public BadResponse(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
