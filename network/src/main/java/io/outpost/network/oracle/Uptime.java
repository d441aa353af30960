package io.outpost.network.oracle;

import java.util.List;

/** {@code GET /v1/devices/{device}/uptime?epoch=k}: when a device was up in an epoch, and which fraction of it. */
public record Uptime(String device, long epoch, List<Interval> intervals, double fraction) {
    /** Unix seconds, {@code from} inclusive, {@code to} exclusive. */
    public record Interval(long from, long to) {
    }
}
