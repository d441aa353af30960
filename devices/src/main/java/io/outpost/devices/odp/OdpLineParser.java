package io.outpost.devices.odp;

import io.outpost.devices.protocol.FrameParser;
import io.outpost.devices.protocol.ParserStats;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Splits what a device sends into ODP/1 messages: one JSON-RPC object per {@code \n}-terminated line, a
 * {@code \r} before the {@code \n} ignored. Bytes before a line's first <code>{</code> are line noise and
 * count as skipped, as do lines without one; the 4096-byte limit counts from that brace. A longer line is
 * dropped as oversized; a line that is not a JSON object of the shape a device may send is dropped as
 * corrupt. The host never answers a bad line: only the device does that. Memory stays bounded by one line.
 */
public final class OdpLineParser implements FrameParser<OdpMessage> {
    private final byte[] line = new byte[OdpJson.MAX_LINE_BYTES + 1]; // room for a trailing \r
    private int length;
    private boolean inLine;
    private boolean overflowed;
    private long frames;
    private long corrupt;
    private long oversized;
    private long skipped;

    @Override
    public List<OdpMessage> feed(byte[] data, int offset, int count) {
        Objects.checkFromIndexSize(offset, count, data.length);
        List<OdpMessage> messages = new ArrayList<>();
        for (int i = offset; i < offset + count; i++) {
            accept(data[i], messages);
        }
        return messages;
    }

    @Override
    public ParserStats stats() {
        return new ParserStats(frames, corrupt, oversized, skipped);
    }

    private void accept(byte b, List<OdpMessage> messages) {
        if (b == '\n') {
            endLine(messages);
        } else if (!inLine) {
            if (b == '{') {
                inLine = true;
                line[length++] = b;
            } else {
                skipped++;
            }
        } else if (length < line.length) {
            line[length++] = b;
        } else {
            overflowed = true;
        }
    }

    private void endLine(List<OdpMessage> messages) {
        if (!inLine) {
            skipped++;
            return;
        }
        int end = line[length - 1] == '\r' ? length - 1 : length;
        if (overflowed || end > OdpJson.MAX_LINE_BYTES) {
            oversized++;
        } else {
            OdpJson.read(line, 0, end).flatMap(MessageDecoder::decode).ifPresentOrElse(message -> {
                frames++;
                messages.add(message);
            }, () -> corrupt++);
        }
        length = 0;
        inLine = false;
        overflowed = false;
    }
}
