package io.outpost.devices.odp;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;

/** One encoded request: its id (which the response repeats), the line to write, and how long the device may take. */
public record OdpRequest(long id, String method, String line, Duration timeout) {
    public OdpRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(timeout, "timeout");
    }

    public byte[] bytes() {
        return line.getBytes(StandardCharsets.UTF_8);
    }
}
