package io.outpost.benchmarks;

import io.outpost.devices.serial.JSerialCommScanner;
import io.outpost.devices.watch.PortWatcher;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of one hot-plug poll with the real jSerialComm scanner. The watcher polls once a second, so
 * the time per poll divided by one second is the share of one core it uses (goal: at most 1 %).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class WatcherPollBenchmark {
    private final PortWatcher watcher = new PortWatcher(new JSerialCommScanner(System.getProperty("os.name")), event -> { });

    @Benchmark
    public Object poll() {
        return watcher.poll();
    }
}
