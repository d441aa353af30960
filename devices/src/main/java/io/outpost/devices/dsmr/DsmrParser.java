package io.outpost.devices.dsmr;

import io.outpost.devices.protocol.FrameParser;
import io.outpost.devices.protocol.ParserStats;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * Reads DSMR P1 telegrams: {@code /identification}, OBIS lines, then {@code !} and a CRC-16/ARC of 1 to 4
 * hex digits over {@code /} through {@code !} (DSMR 2.2 and 3 send no CRC). {@code /} and {@code !} delimit
 * a telegram only at the start of a line, so one inside a value cuts nothing; a {@code /} at the start of a
 * line inside a telegram means the telegram was cut short, and the new one starts there.
 */
public final class DsmrParser implements FrameParser<DsmrTelegram> {
    /** The longest telegram accepted, counted from {@code /} through the line end after the CRC. */
    public static final int MAX_TELEGRAM_BYTES = 8192;

    private enum State { OUTSIDE, BODY, TRAILER }

    private final byte[] buffer = new byte[MAX_TELEGRAM_BYTES];
    private int size;
    private int bang;
    private State state = State.OUTSIDE;
    private ParserStats stats = ParserStats.EMPTY;
    /** Skipped bytes not yet in {@link #stats}, which takes them once per call rather than once per byte. */
    private long skipped;
    private final List<DsmrTelegram> completed = new ArrayList<>();

    @Override
    public List<DsmrTelegram> feed(byte[] data, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, data.length);
        completed.clear();
        for (int i = offset; i < offset + length; i++) {
            switch (state) {
                case OUTSIDE -> outside(data[i]);
                case BODY -> body(data[i]);
                case TRAILER -> trailer(data[i]);
            }
        }
        if (skipped > 0) {
            stats = stats.withSkipped(skipped);
            skipped = 0;
        }
        return completed.isEmpty() ? List.of() : List.copyOf(completed);
    }

    @Override
    public ParserStats stats() {
        return stats;
    }

    private void outside(byte b) {
        if (b == '/') {
            begin();
        } else {
            skipped++;
        }
    }

    private void begin() {
        buffer[0] = '/';
        size = 1;
        state = State.BODY;
    }

    private void body(byte b) {
        boolean lineStart = buffer[size - 1] == '\n';
        if (lineStart && b == '/') {
            stats = stats.withCorrupt();
            begin();
        } else if (append(b) && lineStart && b == '!') {
            bang = size - 1;
            state = State.TRAILER;
        }
    }

    /** After {@code !}: up to four hex digits, an optional CR, then LF; anything else drops the telegram. */
    private void trailer(byte b) {
        boolean afterCr = buffer[size - 1] == '\r';
        boolean crcDigit = !afterCr && size - bang <= 4 && HexFormat.isHexDigit(b);
        if (b == '\n') {
            if (append(b)) {
                finish();
            }
        } else if (crcDigit || b == '\r' && !afterCr) {
            append(b);
        } else {
            stats = stats.withCorrupt();
            state = State.OUTSIDE;
            outside(b);
        }
    }

    /** Adds a byte to the telegram; when that would make it too long, drops it and treats the byte as outside. */
    private boolean append(byte b) {
        if (size == MAX_TELEGRAM_BYTES) {
            stats = stats.withOversized();
            state = State.OUTSIDE;
            outside(b);
            return false;
        }
        buffer[size++] = b;
        return true;
    }

    private void finish() {
        state = State.OUTSIDE;
        int crc = printedCrc();
        if (crc >= 0 && crc != Crc16Arc.of(buffer, 0, bang + 1)) {
            stats = stats.withCorrupt();
            return;
        }
        String text = new String(buffer, 0, size, StandardCharsets.ISO_8859_1);
        TelegramReader.read(text, crc >= 0).ifPresentOrElse(telegram -> {
            stats = stats.withFrame();
            completed.add(telegram);
        }, () -> stats = stats.withCorrupt());
    }

    /** The CRC after {@code !}, or -1 when there is none ({@link #trailer} let only hex digits, CR, LF in). */
    private int printedCrc() {
        int crc = -1;
        for (int i = bang + 1; i < size && HexFormat.isHexDigit(buffer[i]); i++) {
            crc = Math.max(crc, 0) << 4 | HexFormat.fromHexDigit(buffer[i]);
        }
        return crc;
    }
}
