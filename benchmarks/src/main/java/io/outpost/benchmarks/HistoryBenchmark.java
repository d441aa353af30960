package io.outpost.benchmarks;

import io.outpost.app.history.History;
import io.outpost.app.history.HistoryGenerator;
import io.outpost.app.history.HistoryStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The local history with a year of 1,000 devices ({@link HistoryGenerator}): the file's bytes per device-minute of
 * uptime history (printed once, after generating), and one device's day as the device screen reads it: its online
 * spans and its readings reduced to 1,000 pixel columns (M4). Goals: at most 2 bytes per device-minute, 5 ms per
 * query. The history is made once in {@code benchmarks/target/history-benchmark.db} (run from the repository root) and
 * reused while it is there.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class HistoryBenchmark {
    static final int DEVICES = 1000;
    static final int SENSORS = 10;
    private static final long DAY = 86_400;

    private HistoryStore history;
    private int day;

    @Setup(Level.Trial)
    public void generateOrReuse() throws IOException {
        Path file = (Files.isDirectory(Path.of("benchmarks")) ? Path.of("benchmarks", "target") : Path.of("target"))
                .resolve("history-benchmark.db");
        String last = HistoryGenerator.device(DEVICES - 1);
        try (HistoryStore existing = HistoryStore.open(file, Clock.systemUTC(), () -> 0)) {
            if (existing.lastChecked(last) != HistoryGenerator.DAYS) {
                long started = System.nanoTime();
                HistoryGenerator.generate(existing, DEVICES, SENSORS);
                System.out.printf("%nGenerated %,d devices × %d days (%d with a reading a minute) in %.1f s%n", DEVICES,
                        HistoryGenerator.DAYS, SENSORS, (System.nanoTime() - started) / 1e9);
            }
        }
        long bytes = Files.size(file);
        long deviceMinutes = (long) DEVICES * HistoryGenerator.DAYS * 1440;
        System.out.printf("%nhistory.db: %,d bytes; %,d device-minutes; %.4f bytes per device-minute%n", bytes,
                deviceMinutes, bytes / (double) deviceMinutes);
        history = HistoryStore.open(file, Clock.systemUTC(), () -> 0);
    }

    @TearDown(Level.Trial)
    public void close() {
        history.close();
    }

    /** A sensor's day (a different one each time, so no answer is cached): online spans and the M4 chart. */
    @Benchmark
    public int oneDeviceOneDay() {
        day = (day + 37) % HistoryGenerator.DAYS;
        Instant from = HistoryGenerator.START.plusSeconds(day * DAY);
        Instant to = from.plusSeconds(DAY);
        String device = HistoryGenerator.device(day % SENSORS);
        List<History.Span> spans = history.online(device, from, to);
        List<History.Point> points = history.readings(device, HistoryGenerator.METRIC, from, to, 1000);
        return spans.size() + points.size();
    }
}
