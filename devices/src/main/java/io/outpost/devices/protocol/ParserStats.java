package io.outpost.devices.protocol;

/**
 * Counters of one parser: valid frames, frames dropped for a bad checksum or framing, frames dropped for
 * being longer than the protocol allows, and bytes skipped while looking for the start of a frame.
 */
public record ParserStats(long frames, long corrupt, long oversized, long skippedBytes) {
    public static final ParserStats EMPTY = new ParserStats(0, 0, 0, 0);

    public ParserStats withFrame() {
        return new ParserStats(frames + 1, corrupt, oversized, skippedBytes);
    }

    public ParserStats withCorrupt() {
        return new ParserStats(frames, corrupt + 1, oversized, skippedBytes);
    }

    public ParserStats withOversized() {
        return new ParserStats(frames, corrupt, oversized + 1, skippedBytes);
    }

    public ParserStats withSkipped(long bytes) {
        return new ParserStats(frames, corrupt, oversized, skippedBytes + bytes);
    }
}
