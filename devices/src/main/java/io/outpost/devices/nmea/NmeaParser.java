package io.outpost.devices.nmea;

import io.outpost.devices.protocol.FrameParser;
import io.outpost.devices.protocol.ParserStats;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.ObjIntConsumer;

/**
 * Parses a GNSS receiver's byte stream: NMEA 0183 sentences and u-blox UBX messages, interleaved.
 *
 * <p>A sentence is {@code $}, an address, fields, {@code *HH} and a line end (CR, LF or both). The checksum is
 * required: without one a lost byte goes unnoticed, so the few receivers that omit it (gpsd accepts some) are
 * counted corrupt, as is a sentence with anything between its checksum and its line end. Sentences longer
 * than 128 bytes are counted oversized and skipped to the line end or next {@code $}. {@code !} (AIS)
 * sentences are skipped as garbage.
 *
 * <p>A UBX frame whose length is too large or whose checksum fails is counted and its bytes after the first
 * sync byte are scanned again (those that start no frame count as skipped), so a false start (B5 62 in noise,
 * a corrupted length) does not swallow the frames behind it. State is bounded by the largest frame.
 */
public final class NmeaParser implements FrameParser<GnssFrame> {
    private enum Mode { IDLE, SENTENCE, SKIP_LINE, UBX }

    private final ObjIntConsumer<byte[]> tap;
    private final SentenceFramer sentence = new SentenceFramer();
    private final UbxFramer ubx = new UbxFramer();
    private final List<GnssFrame> frames = new ArrayList<>();
    private byte[] rescan = new byte[0];
    private int rescanAt;
    private Mode mode = Mode.IDLE;
    private long accepted;
    private long corrupt;
    private long oversized;
    private long skipped;

    public NmeaParser() {
        this((bytes, length) -> { });
    }

    /** {@code tap} sees each returned frame's first {@code length} bytes: {@code $} to checksum, or all of UBX. */
    NmeaParser(ObjIntConsumer<byte[]> tap) {
        this.tap = tap;
    }

    @Override
    public List<GnssFrame> feed(byte[] data, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, data.length);
        for (int i = offset; i < offset + length; i++) {
            accept(data[i]);
            while (rescanAt < rescan.length) {
                accept(rescan[rescanAt++]);
            }
        }
        List<GnssFrame> completed = List.copyOf(frames);
        frames.clear();
        return completed;
    }

    @Override
    public ParserStats stats() {
        return new ParserStats(accepted, corrupt, oversized, skipped);
    }

    private void accept(byte b) {
        switch (mode) {
            case IDLE -> idle(b);
            case SENTENCE -> sentence(b);
            case SKIP_LINE -> skipLine(b);
            case UBX -> ubx(b);
        }
    }

    private void idle(byte b) {
        if (b == '$') {
            sentence.start();
            mode = Mode.SENTENCE;
        } else if (b == UbxFramer.SYNC_1) {
            ubx.start();
            mode = Mode.UBX;
        } else if (b != '\r' && b != '\n') {
            skipped++;
        }
    }

    private void sentence(byte b) {
        switch (sentence.add(b)) {
            case MORE -> { }
            case END -> {
                mode = Mode.IDLE;
                if (sentence.valid()) {
                    emit(sentence.decode(), sentence.bytes(), sentence.length());
                } else {
                    dropSentence();
                }
            }
            case INTERRUPTED -> {
                mode = Mode.IDLE;
                dropSentence();
                idle(b);
            }
            case OVERSIZED -> {
                mode = Mode.SKIP_LINE;
                oversized++;
            }
        }
    }

    private void dropSentence() {
        if (sentence.addressed()) {
            corrupt++;
        } else {
            skipped += sentence.length();
        }
    }

    /** The rest of an oversized sentence: printable bytes up to its line end or the next frame. */
    private void skipLine(byte b) {
        if (b == '$' || !SentenceFramer.printable(b)) {
            mode = Mode.IDLE;
            idle(b);
        }
    }

    private void ubx(byte b) {
        switch (ubx.add(b)) {
            case MORE -> { }
            case COMPLETE -> {
                mode = Mode.IDLE;
                emit(ubx.decode(), ubx.bytes(), ubx.length());
            }
            case NOT_A_FRAME -> {
                mode = Mode.IDLE;
                skipped++;
                idle(b);
            }
            case OVERSIZED -> {
                oversized++;
                rescanFalseStart();
            }
            case CORRUPT -> {
                corrupt++;
                rescanFalseStart();
            }
        }
    }

    /** Scans a failed frame again from its second byte, ahead of whatever was still waiting to be rescanned. */
    private void rescanFalseStart() {
        mode = Mode.IDLE;
        byte[] failed = ubx.afterStart();
        byte[] queued = Arrays.copyOf(failed, failed.length + rescan.length - rescanAt);
        System.arraycopy(rescan, rescanAt, queued, failed.length, rescan.length - rescanAt);
        rescan = queued;
        rescanAt = 0;
    }

    private void emit(GnssFrame frame, byte[] bytes, int length) {
        frames.add(frame);
        accepted++;
        tap.accept(bytes, length);
    }
}
