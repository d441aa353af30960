package io.outpost.devices.odp;

import io.outpost.devices.serial.SerialLink;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Talks ODP/1 to one device over an open link, a request at a time: asks and waits for the answer with the
 * same id, keeping the heartbeats that arrive meanwhile. The caller owns (and closes) the link.
 */
public final class OdpClient {
    private static final int READ_SLICE_MILLIS = 50;

    private final SerialLink link;
    private final OdpRequests requests = new OdpRequests();
    private final OdpLineParser parser = new OdpLineParser();
    private final Deque<Heartbeat> heartbeats = new ArrayDeque<>();
    private final byte[] buffer = new byte[1024];

    private final Duration maxWait;

    public OdpClient(SerialLink link) {
        this(link, Duration.ofSeconds(30));
    }

    /** @param maxWait the longest any answer is waited for (a prober in a hurry asks for less than ODP allows) */
    public OdpClient(SerialLink link, Duration maxWait) {
        this.link = link;
        this.maxWait = maxWait;
    }

    /** The device did not answer in time, answered with an error, or answered something that is not ODP/1. */
    public static final class OdpException extends IOException {
        private final Optional<RpcError> error;

        public OdpException(String message, Optional<RpcError> error) {
            super(message);
            this.error = error;
        }

        /** The device's own error, when it answered with one. */
        public Optional<RpcError> error() {
            return error;
        }

        /** The device's signing policy refused the message (ODP error -32010). */
        public boolean refused() {
            return error.map(e -> e.code() == RpcError.REFUSED).orElse(false);
        }
    }

    public Identity identify() throws IOException {
        return Identity.from(ask(requests.identify()))
                .orElseThrow(() -> new OdpException("the answer to identify is not an ODP/1 identity", Optional.empty()));
    }

    public DeviceStatus status() throws IOException {
        return DeviceStatus.from(ask(requests.status()))
                .orElseThrow(() -> new OdpException("the answer to status is not an ODP/1 status", Optional.empty()));
    }

    /** Has the device sign {@code onboard} with its own key; the signature and whether it checks out. */
    public Signed sign(Onboard onboard) throws IOException {
        JsonNode result = ask(requests.signTypedData(onboard.typedData()));
        Verification verification = onboard.verify(result);
        String signature = result.path("signature").isString() ? result.path("signature").stringValue() : "";
        return new Signed(signature, verification);
    }

    /** A device's signature over an Onboard message, and the check of it against the device's address. */
    public record Signed(String signature, Verification verification) {
    }

    public void configure(DeviceConfig changes) throws IOException {
        ask(requests.configure(changes));
    }

    /** The next heartbeat the device sends (or one that came while waiting for an answer); empty after {@code wait}. */
    public Optional<Heartbeat> nextHeartbeat(Duration wait) throws IOException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (heartbeats.isEmpty() && System.nanoTime() < deadline) {
            readSome(null);
        }
        return Optional.ofNullable(heartbeats.pollFirst());
    }

    private JsonNode ask(OdpRequest request) throws IOException {
        link.write(request.bytes());
        long deadline = System.nanoTime() + Math.min(request.timeout().toNanos() * 2, maxWait.toNanos());
        while (System.nanoTime() < deadline) {
            Optional<OdpMessage.Response> answer = readSome(request);
            if (answer.isPresent()) {
                OdpMessage.Response response = answer.get();
                if (response.error().isPresent()) {
                    throw new OdpException("the device answered " + request.method() + " with error "
                            + response.error().get().code(), response.error());
                }
                return response.result().orElseThrow(() -> new OdpException("an answer to " + request.method()
                        + " without a result", Optional.empty()));
            }
        }
        throw new OdpException("no answer to " + request.method() + " in " + request.timeout().multipliedBy(2).toSeconds()
                + " s", Optional.empty());
    }

    // Reads one slice; keeps heartbeats; returns the answer to {@code request} if it came.
    private Optional<OdpMessage.Response> readSome(OdpRequest request) throws IOException {
        int n = link.read(buffer, READ_SLICE_MILLIS);
        Optional<OdpMessage.Response> answer = Optional.empty();
        for (OdpMessage message : parser.feed(buffer, 0, n)) {
            switch (message) {
                case OdpMessage.Notification notification -> Heartbeat.from(notification).ifPresent(heartbeats::addLast);
                case OdpMessage.Response response -> {
                    if (request != null && response.id().isPresent() && response.id().getAsLong() == request.id()) {
                        answer = Optional.of(response);
                    }
                }
            }
        }
        return answer;
    }
}
