package io.outpost.devices.sds011;

import io.outpost.devices.protocol.FrameParser;
import io.outpost.devices.protocol.ParserStats;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Parses what an SDS011 sends (9600 baud 8N1): ten-byte measurement (C0) and reply (C5) frames. It keeps at
 * most one frame's bytes. Bytes that cannot start a frame are skipped; a candidate without the tail or with a
 * bad checksum gives up only its first byte, since that {@code AA} may have been data and a real frame may
 * start inside. A bad checksum counts as corrupt, and so does a well-formed frame with an unknown command or
 * invalid values.
 */
public final class Sds011Parser implements FrameParser<Sds011Frame> {
    private final byte[] pending = new byte[Sds011Codec.FRAME_LENGTH];
    private int size;
    private long frames;
    private long corrupt;
    private long skipped;

    /** @throws IndexOutOfBoundsException if the range lies outside {@code data}: a caller's bug, never the bytes' */
    @Override
    public List<Sds011Frame> feed(byte[] data, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, data.length);
        List<Sds011Frame> out = new ArrayList<>();
        for (int i = offset; i < offset + length; i++) {
            pending[size++] = data[i];
            Sds011Frame frame = scan();
            if (frame != null) {
                out.add(frame);
            }
        }
        return List.copyOf(out);
    }

    @Override
    public ParserStats stats() {
        return new ParserStats(frames, corrupt, 0, skipped);
    }

    /** The frame the byte just added completes, or null: one byte can complete at most one frame. */
    private Sds011Frame scan() {
        while (size > 0) {
            if (!canStartFrame()) {
                skip();
            } else if (size < Sds011Codec.FRAME_LENGTH) {
                return null;
            } else if (!Sds011Codec.hasTail(pending)) {
                skip();
            } else if (!Sds011Codec.checksumValid(pending)) {
                corrupt++;
                skip();
            } else {
                return accept();
            }
        }
        return null;
    }

    private boolean canStartFrame() {
        if ((pending[0] & 0xFF) != Sds011Codec.HEAD) {
            return false;
        }
        if (size == 1) {
            return true;
        }
        int command = pending[1] & 0xFF;
        return command == Sds011Codec.MEASUREMENT || command == Sds011Codec.REPLY;
    }

    private Sds011Frame accept() {
        Optional<Sds011Frame> frame = Sds011Codec.decode(pending);
        size = 0;
        if (frame.isPresent()) {
            frames++;
        } else {
            corrupt++;
        }
        return frame.orElse(null);
    }

    private void skip() {
        System.arraycopy(pending, 1, pending, 0, size - 1);
        size--;
        skipped++;
    }
}
