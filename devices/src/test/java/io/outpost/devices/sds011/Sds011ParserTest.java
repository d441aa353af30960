package io.outpost.devices.sds011;

import static io.outpost.devices.testing.Fuzz.concat;
import static io.outpost.devices.sds011.Sds011Fixtures.sensorFrame;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.outpost.devices.protocol.FrameParser;
import io.outpost.devices.protocol.ParserStats;
import io.outpost.devices.sds011.Sds011Fixtures.Row;
import io.outpost.devices.sds011.Sds011Reply.Access;
import io.outpost.devices.sds011.Sds011Reply.DeviceIdReply;
import io.outpost.devices.sds011.Sds011Reply.FirmwareReply;
import io.outpost.devices.sds011.Sds011Reply.WorkingPeriodReply;
import io.outpost.devices.testing.Fuzz;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class Sds011ParserTest {
    private static final long FUZZ_SEED = 0x5D5011L;
    private static final byte[] MEASUREMENT = sensorFrame(0xC0, 0xD4, 0x04, 0x3A, 0x0A, 0xA1, 0x60);
    private static final byte[] FIRMWARE = sensorFrame(0xC5, 0x07, 0x0F, 0x07, 0x0A, 0xA1, 0x60);
    private static final Sds011Frame MEASURED = new Sds011Measurement(1236, 2618, "A160");
    private static final Sds011Frame FIRMWARE_DATE = new FirmwareReply(LocalDate.of(2015, 7, 10), "A160");

    @Test
    void byteByByteFeedingGivesTheSameFrames() {
        byte[] stream = concat(MEASUREMENT, FIRMWARE, MEASUREMENT);
        Sds011Parser parser = new Sds011Parser();
        List<Sds011Frame> frames = new ArrayList<>();
        for (int i = 0; i < stream.length; i++) {
            frames.addAll(parser.feed(stream, i, 1));
        }

        assertThat(frames).containsExactly(MEASURED, FIRMWARE_DATE, MEASURED);
        assertThat(parser.stats()).isEqualTo(new ParserStats(3, 0, 0, 0));
    }

    @Test
    void garbageBetweenFramesIsSkipped() {
        // Holds head bytes, a tail, and a measurement start the next frame truncates.
        byte[] garbage = {0x00, (byte) 0xAA, 0x12, (byte) 0xAB, (byte) 0xAA, (byte) 0xAA, (byte) 0xC0, 0x01};
        Sds011Parser parser = new Sds011Parser();

        assertThat(parser.feed(concat(garbage, MEASUREMENT, garbage, FIRMWARE)))
                .containsExactly(MEASURED, FIRMWARE_DATE);
        assertThat(parser.stats()).isEqualTo(new ParserStats(2, 0, 0, 2L * garbage.length));
    }

    @Test
    void frameWithBadChecksumIsDroppedAndCounted() {
        byte[] bad = MEASUREMENT.clone();
        bad[8]++;
        Sds011Parser parser = new Sds011Parser();

        assertThat(parser.feed(concat(bad, FIRMWARE))).containsExactly(FIRMWARE_DATE);
        assertThat(parser.stats()).isEqualTo(new ParserStats(1, 1, 0, 10));
    }

    @Test
    void truncatedFrameGivesWayToTheGoodOneAfterIt() {
        Sds011Parser parser = new Sds011Parser();

        assertThat(parser.feed(concat(Arrays.copyOf(MEASUREMENT, 6), FIRMWARE))).containsExactly(FIRMWARE_DATE);
        assertThat(parser.stats()).isEqualTo(new ParserStats(1, 0, 0, 6));
    }

    @Test
    void frameSplitAcrossFeedsIsKept() {
        Sds011Parser parser = new Sds011Parser();

        assertThat(parser.feed(MEASUREMENT, 0, 7)).isEmpty();
        assertThat(parser.feed(MEASUREMENT, 7, 3)).containsExactly(MEASURED);
    }

    @Test
    void feedReadsOnlyTheGivenRange() {
        byte[] buffer = concat(new byte[] {0x01, 0x02}, MEASUREMENT, FIRMWARE);
        Sds011Parser parser = new Sds011Parser();

        assertThat(parser.feed(buffer, 2, 10)).containsExactly(MEASURED);
        assertThat(parser.stats()).isEqualTo(new ParserStats(1, 0, 0, 0));
        assertThatThrownBy(() -> parser.feed(buffer, 15, 10)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void aFloodOfHeadBytesKeepsNothingButTheLast() {
        byte[] heads = new byte[100_000];
        Arrays.fill(heads, (byte) 0xAA);
        Sds011Parser parser = new Sds011Parser();

        assertThat(parser.feed(heads)).isEmpty();
        assertThat(parser.feed(Arrays.copyOfRange(MEASUREMENT, 1, 10))).containsExactly(MEASURED);
        assertThat(parser.stats()).isEqualTo(new ParserStats(1, 0, 0, heads.length - 1));
    }

    static Stream<byte[]> invalidReplies() {
        return Stream.of(
                sensorFrame(0xC5, 0x03, 0x00, 0x00, 0x00, 0xA1, 0x60), // no command 03
                sensorFrame(0xC5, 0x02, 0x00, 0x02, 0x00, 0xA1, 0x60), // reporting mode 2
                sensorFrame(0xC5, 0x06, 0x00, 0x02, 0x00, 0xA1, 0x60), // work state 2
                sensorFrame(0xC5, 0x08, 0x01, 0x1F, 0x00, 0xA1, 0x60), // 31 minutes
                sensorFrame(0xC5, 0x07, 0x0F, 0x0D, 0x01, 0xA1, 0x60), // month 13
                sensorFrame(0xC5, 0x07, 0x10, 0x02, 0x1E, 0xA1, 0x60), // 30 February
                sensorFrame(0xC5, 0x07, 0x64, 0x01, 0x01, 0xA1, 0x60)); // year 100
    }

    @ParameterizedTest
    @MethodSource("invalidReplies")
    void replyWithInvalidValuesIsCountedCorrupt(byte[] frame) {
        Sds011Parser parser = new Sds011Parser();

        assertThat(parser.feed(concat(frame, MEASUREMENT))).containsExactly(MEASURED);
        assertThat(parser.stats()).isEqualTo(new ParserStats(1, 1, 0, 0));
    }

    @Test
    void reservedBytesAreIgnored() {
        Sds011Parser parser = new Sds011Parser();

        assertThat(parser.feed(concat(sensorFrame(0xC5, 0x05, 0x11, 0x22, 0x33, 0xA0, 0x01),
                sensorFrame(0xC5, 0x08, 0x00, 0x05, 0x44, 0xA1, 0x60))))
                .containsExactly(new DeviceIdReply("A001"), new WorkingPeriodReply(Access.QUERY, 5, "A160"));
    }

    @Test
    void unknownFrameCommandIsSkipped() {
        Sds011Parser parser = new Sds011Parser();

        assertThat(parser.feed(concat(sensorFrame(0xC1, 1, 2, 3, 4, 5, 6), MEASUREMENT))).containsExactly(MEASURED);
        assertThat(parser.stats()).isEqualTo(new ParserStats(1, 0, 0, 10));
    }

    @Test
    void fuzzedInputNeverBreaksTheParserAndEveryFrameReencodes() {
        List<byte[]> seeds = Sds011Fixtures.rows(Sds011Fixtures.SENSOR_TO_HOST).stream().map(Row::bytes).toList();
        Set<Sds011Frame> seen = new HashSet<>();

        long accepted = Fuzz.run(() -> new Recording(new Sds011Parser(), seen), seeds, FUZZ_SEED);

        assertThat(accepted).isPositive();
        assertThat(seen).isNotEmpty().allSatisfy(frame -> {
            byte[] bytes = frame.toBytes();
            assertThat(Sds011Fixtures.checksumValid(bytes)).as("checksum of %s", frame).isTrue();
            assertThat(new Sds011Parser().feed(bytes)).containsExactly(frame);
        });
    }

    /** Passes frames through and keeps each distinct one for checks after the campaign. */
    private record Recording(Sds011Parser parser, Set<Sds011Frame> seen) implements FrameParser<Sds011Frame> {
        @Override
        public List<Sds011Frame> feed(byte[] data, int offset, int length) {
            List<Sds011Frame> frames = parser.feed(data, offset, length);
            seen.addAll(frames);
            return frames;
        }

        @Override
        public ParserStats stats() {
            return parser.stats();
        }
    }
}
