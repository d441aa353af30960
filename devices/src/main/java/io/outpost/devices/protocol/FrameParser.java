package io.outpost.devices.protocol;

import java.util.List;

/**
 * A pure protocol parser: bytes in, complete and checksum-valid frames out. It keeps the partial frame
 * between calls, resynchronises after garbage, drops (and counts) corrupt or oversized frames, and never
 * throws on any input. One instance per session; not thread-safe.
 *
 * @param <F> the frame type, an immutable record
 */
public interface FrameParser<F> {
    /** Feeds {@code length} bytes from {@code data[offset]}; returns the frames they completed, in order. */
    List<F> feed(byte[] data, int offset, int length);

    default List<F> feed(byte[] data) {
        return feed(data, 0, data.length);
    }

    /** What this parser has seen so far. */
    ParserStats stats();
}
