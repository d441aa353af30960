package io.outpost.devices.nmea;

import static org.assertj.core.api.Assertions.assertThat;

import io.outpost.devices.testing.Captures;
import io.outpost.devices.testing.Fuzz;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Mutated captures and noise: no exception, bounded time, and every frame that comes out checks out. */
class NmeaFuzzTest {
    private static final long SEED = 0x6E6D6561L;
    private static final int WARM_UP_ROUNDS = 30;

    @Test
    void fuzzedCapturesYieldOnlyChecksumValidFrames() {
        List<byte[]> seeds = Parsed.CAPTURES.stream().map(name -> Captures.bytes(Parsed.FAMILY, name)).toList();
        // The time bound is for pathological inputs, not for class loading and the JIT's first compilations.
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            seeds.forEach(seed -> new NmeaParser().feed(seed));
        }
        List<String> invalid = new ArrayList<>();
        long[] tapped = {0};

        long accepted = Fuzz.run(() -> new NmeaParser((bytes, length) -> {
            tapped[0]++;
            if (!checksumValid(bytes, length)) {
                invalid.add(new String(bytes, 0, length, StandardCharsets.ISO_8859_1));
            }
        }), seeds, SEED);

        assertThat(accepted).isPositive().isEqualTo(tapped[0]);
        assertThat(invalid).isEmpty();
    }

    /** Checks a returned frame again: the NMEA XOR against its {@code *HH}, or the UBX length and Fletcher sum. */
    private static boolean checksumValid(byte[] frame, int length) {
        int end = length - 2;
        if (frame[0] == '$') {
            int stated = Integer.parseInt(new String(frame, end, 2, StandardCharsets.US_ASCII), 16);
            return frame[end - 1] == '*' && stated == Checksums.nmea(frame, 1, end - 1);
        }
        int payload = (frame[4] & 0xFF) | (frame[5] & 0xFF) << 8;
        int stated = (frame[end] & 0xFF) | (frame[end + 1] & 0xFF) << 8;
        return frame[0] == UbxFramer.SYNC_1 && frame[1] == UbxFramer.SYNC_2 && payload == length - 8
                && stated == Checksums.ubx(frame, 2, end);
    }
}
