package io.outpost.views.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/** What the frame-time benchmarks share: percentiles of measured times, and the line they print and keep. */
public final class FrameTimes {
    private FrameTimes() {
    }

    /** The {@code p}-th percentile (nearest rank) of {@code nanos}, in milliseconds. */
    public static double percentile(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    /** Prints {@code line} and appends it to {@code target/<file>}, where the figures of several runs collect. */
    public static void report(String file, String line) throws IOException {
        System.out.print(line);
        Files.writeString(Path.of("target", file), line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
