package io.outpost.devices.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.outpost.devices.protocol.FrameParser;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * A seeded random-and-mutation fuzzer for {@link FrameParser}s. Inputs are real captures with bytes
 * flipped, inserted, deleted, duplicated and spliced, plus pure noise, fed in random chunk sizes. Every
 * input must parse without an exception and within {@link #MAX_NANOS_PER_INPUT} (in the fastest of up to
 * four runs, so that a machine busy with other builds does not fail it); the parser's own bounds keep
 * memory bounded. {@code -Doutpost.fuzz.iterations=1000000} runs the long campaign.
 */
public final class Fuzz {
    public static final long MAX_NANOS_PER_INPUT = 10_000_000;
    private static final int DEFAULT_ITERATIONS = 10_000;
    /** How often an input over the limit is timed again; its fastest run counts. */
    private static final int RETRIES = 3;

    private Fuzz() {
    }

    public static int iterations() {
        return Integer.getInteger("outpost.fuzz.iterations", DEFAULT_ITERATIONS);
    }

    /** Runs the campaign; returns the number of frames parsers accepted (so a caller can see it did work). */
    public static long run(Supplier<? extends FrameParser<?>> parsers, List<byte[]> seeds, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        long accepted = 0;
        long slowest = 0;
        for (int i = 0; i < iterations(); i++) {
            byte[] input = mutate(seeds, random);
            int[] chunks = chunks(input.length, random);
            long start = System.nanoTime();
            accepted += feed(parsers.get(), input, chunks);
            long nanos = System.nanoTime() - start;
            // On a busy machine the scheduler alone can stall a run for tens of ms; a costly input stays slow.
            for (int retry = 0; retry < RETRIES && nanos >= MAX_NANOS_PER_INPUT; retry++) {
                long again = System.nanoTime();
                feed(parsers.get(), input, chunks);
                nanos = Math.min(nanos, System.nanoTime() - again);
            }
            slowest = Math.max(slowest, nanos);
        }
        assertThat(slowest).as("slowest input, ns").isLessThan(MAX_NANOS_PER_INPUT);
        return accepted;
    }

    private static int[] chunks(int length, SplittableRandom random) {
        int[] chunks = new int[length];
        int count = 0;
        for (int offset = 0; offset < length; count++) {
            chunks[count] = Math.min(length - offset, 1 + random.nextInt(64));
            offset += chunks[count];
        }
        return java.util.Arrays.copyOf(chunks, count);
    }

    private static int feed(FrameParser<?> parser, byte[] input, int[] chunks) {
        int frames = 0;
        int offset = 0;
        for (int chunk : chunks) {
            frames += parser.feed(input, offset, chunk).size();
            offset += chunk;
        }
        return frames;
    }

    static byte[] mutate(List<byte[]> seeds, SplittableRandom random) {
        if (seeds.isEmpty() || random.nextInt(10) == 0) {
            byte[] noise = new byte[random.nextInt(2048)];
            random.nextBytes(noise);
            return noise;
        }
        byte[] input = seeds.get(random.nextInt(seeds.size())).clone();
        int mutations = random.nextInt(8);
        for (int m = 0; m < mutations && input.length > 0; m++) {
            input = switch (random.nextInt(5)) {
                case 0 -> flip(input, random);
                case 1 -> insert(input, random);
                case 2 -> delete(input, random);
                case 3 -> duplicate(input, random);
                default -> splice(input, seeds.get(random.nextInt(seeds.size())), random);
            };
        }
        return input;
    }

    private static byte[] flip(byte[] in, SplittableRandom r) {
        in[r.nextInt(in.length)] ^= (byte) (1 << r.nextInt(8));
        return in;
    }

    private static byte[] insert(byte[] in, SplittableRandom r) {
        int at = r.nextInt(in.length + 1);
        byte[] extra = new byte[1 + r.nextInt(16)];
        r.nextBytes(extra);
        return concat(slice(in, 0, at), extra, slice(in, at, in.length));
    }

    private static byte[] delete(byte[] in, SplittableRandom r) {
        int from = r.nextInt(in.length);
        int to = Math.min(in.length, from + 1 + r.nextInt(16));
        return concat(slice(in, 0, from), slice(in, to, in.length));
    }

    private static byte[] duplicate(byte[] in, SplittableRandom r) {
        int from = r.nextInt(in.length);
        int to = Math.min(in.length, from + 1 + r.nextInt(256));
        byte[] part = slice(in, from, to);
        return concat(slice(in, 0, to), part, slice(in, to, in.length));
    }

    private static byte[] splice(byte[] in, byte[] other, SplittableRandom r) {
        if (other.length == 0) {
            return in;
        }
        int cut = r.nextInt(in.length);
        int otherCut = r.nextInt(other.length);
        return concat(slice(in, 0, cut), slice(other, otherCut, other.length));
    }

    private static byte[] slice(byte[] in, int from, int to) {
        return java.util.Arrays.copyOfRange(in, from, to);
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] out = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, out, at, part.length);
            at += part.length;
        }
        return out;
    }
}
