package io.outpost.devices.dsmr;

import static org.assertj.core.api.Assertions.assertThat;

import io.outpost.devices.protocol.FrameParser;
import io.outpost.devices.protocol.ParserStats;
import io.outpost.devices.testing.Fuzz;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DsmrParserFuzzTest {
    private static final long SEED = 0x05D5_3A1FL;
    private static final List<byte[]> SEEDS = Telegrams.FIXTURES.stream().map(Telegrams::fixture).toList();

    /**
     * Fuzz times every input, the first ones too. Cold, those would time the JVM rather than the parser:
     * class loading, then the JIT compiler competing for the CPU. A few hundred telegrams get the parser
     * compiled first.
     */
    @BeforeAll
    static void warmUp() {
        for (int round = 0; round < 300; round++) {
            SEEDS.forEach(new DsmrParser()::feed);
        }
    }

    @Test
    void mutatedCapturesAndNoiseNeverThrow() {
        assertThat(Fuzz.run(DsmrParser::new, SEEDS, SEED)).isPositive();
    }

    @Test
    void everyFrameFromFuzzingHasAValidCrcOrNoCrcLine() {
        List<Frame> frames = new ArrayList<>();
        long accepted = Fuzz.run(() -> new Recording(frames), SEEDS, SEED);

        assertThat(accepted).isPositive().isEqualTo(frames.size());
        assertThat(frames).allSatisfy(frame -> assertThat(crcHolds(frame)).as(frame.raw()).isTrue());
    }

    /** Checks the CRC here, apart from the parser's code. */
    private static boolean crcHolds(Frame frame) {
        int bang = frame.raw().lastIndexOf("\n!") + 1;
        String crc = frame.raw().substring(bang + 1).strip();
        if (!frame.crcChecked()) {
            return crc.isEmpty();
        }
        byte[] checked = Telegrams.bytes(frame.raw().substring(0, bang + 1));
        return !crc.isEmpty() && Integer.parseInt(crc, 16) == Telegrams.crc16Arc(checked);
    }

    private record Frame(String raw, boolean crcChecked) {
    }

    /** Passes frames through and keeps what the check needs (not the frames, to keep the heap small). */
    private record Recording(DsmrParser parser, List<Frame> frames) implements FrameParser<DsmrTelegram> {
        Recording(List<Frame> frames) {
            this(new DsmrParser(), frames);
        }

        @Override
        public List<DsmrTelegram> feed(byte[] data, int offset, int length) {
            List<DsmrTelegram> telegrams = parser.feed(data, offset, length);
            telegrams.forEach(t -> frames.add(new Frame(t.raw(), t.crcChecked())));
            return telegrams;
        }

        @Override
        public ParserStats stats() {
            return parser.stats();
        }
    }
}
