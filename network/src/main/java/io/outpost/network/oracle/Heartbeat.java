package io.outpost.network.oracle;

/**
 * An ODP/1 heartbeat's {@code params}, as the device signed them: its address, sequence number, unix time,
 * uptime in seconds and its EIP-191 signature over {@code outpost-heartbeat:<device>:<seq>:<time>}.
 */
public record Heartbeat(String device, long seq, long time, long uptime, String signature) {
}
