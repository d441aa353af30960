package io.outpost.devices.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.outpost.devices.protocol.FrameParser;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * A seeded random-and-mutation fuzzer for {@link FrameParser}s. Inputs are real captures with bytes
 * flipped, inserted, deleted, duplicated and spliced, plus pure noise, fed in random chunk sizes. Every
 * input must parse without an exception and within {@link #MAX_NANOS_PER_INPUT} of this thread's CPU time
 * (wall time would also count GC pauses and other builds on a busy 2-core machine; the first inputs, while
 * the JIT warms up, are not timed); the parser's own bounds keep memory bounded.
 * {@code -Doutpost.fuzz.iterations=1000000} runs the long campaign.
 */
public final class Fuzz {
    public static final long MAX_NANOS_PER_INPUT = 10_000_000;
    private static final int DEFAULT_ITERATIONS = 10_000;
    private static final int WARM_UP_INPUTS = 200;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

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
            FrameParser<?> parser = parsers.get();
            long start = THREADS.getCurrentThreadCpuTime();
            int offset = 0;
            while (offset < input.length) {
                int chunk = Math.min(input.length - offset, 1 + random.nextInt(64));
                accepted += parser.feed(input, offset, chunk).size();
                offset += chunk;
            }
            if (i >= WARM_UP_INPUTS) {
                slowest = Math.max(slowest, THREADS.getCurrentThreadCpuTime() - start);
            }
        }
        assertThat(slowest).as("slowest input, ns of CPU time").isLessThan(MAX_NANOS_PER_INPUT);
        return accepted;
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

    /** The parts joined end to end. */
    public static byte[] concat(byte[]... parts) {
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
