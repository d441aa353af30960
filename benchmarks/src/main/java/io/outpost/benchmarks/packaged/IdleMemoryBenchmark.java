package io.outpost.benchmarks.packaged;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * Issue 8's memory goal: the resident memory of the packaged app left alone with a fleet. A new data folder gets
 * {@code DEVICES} onboarded hotspots with a year of history each ({@code SyntheticFleet}: the dashboard shows all of
 * them, each attached at a port that does not open), {@code bin/Outpost --data-dir} opens on the dashboard, and after
 * {@code IDLE} seconds untouched {@code /proc/PID/status} and {@code smaps_rollup} are read six times, five seconds
 * apart. Prints the medians, and the CPU time it used meanwhile; goal: VmRSS ≤ 200 MB with 100 devices. With
 * {@code bare} instead of a number of devices it measures the floor: {@link BareWindow} left open on the image's
 * runtime.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar io.outpost.benchmarks.packaged.IdleMemoryBenchmark IMAGE [DEVICES|bare] [IDLE]</pre>
 * with a display in {@code DISPLAY}; extra JVM options for a comparison go in {@code OUTPOST_BENCH_JAVA_OPTIONS}.
 */
public final class IdleMemoryBenchmark {
    private static final int SAMPLES = 6;
    private static final List<String> FIELDS = List.of("VmRSS", "RssAnon", "RssFile", "Pss");

    private IdleMemoryBenchmark() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length < 1) {
            System.err.println("usage: IdleMemoryBenchmark IMAGE [DEVICES|bare] [IDLE_SECONDS]");
            System.exit(2);
        }
        Path image = Path.of(args[0]).toAbsolutePath();
        boolean bare = args.length > 1 && args[1].equals("bare");
        int devices = bare ? 0 : args.length > 1 ? Integer.parseInt(args[1]) : 100;
        int idle = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        Path folder = bare ? HarnessSupport.copyBareWindow() : HarnessSupport.fleet("outpost-idle-memory-", devices);
        try {
            List<String> command = bare
                    ? List.of(image.resolve("lib/runtime/bin/java").toString(), "--enable-native-access=javafx.graphics",
                            "-cp", folder.toString(), HarnessSupport.BARE_WINDOW, "--stay")
                    : List.of(image.resolve("bin/Outpost").toString(), "--data-dir", folder.toString());
            measure(command, bare ? "bare window (one label)" : devices + " devices", idle);
        } finally {
            HarnessSupport.deleteRecursively(folder);
        }
    }

    private static void measure(List<String> command, String what, int idle) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        String options = System.getenv("OUTPOST_BENCH_JAVA_OPTIONS");
        if (options != null && !options.isBlank()) {
            builder.environment().put("JAVA_TOOL_OPTIONS", options);
        }
        Process process = builder.start(); // the launcher script execs java: this is the JVM's own process
        try {
            TimeUnit.SECONDS.sleep(idle);
            long cpuBefore = cpuTicks(process.pid());
            long wallBefore = System.nanoTime();
            Map<String, List<Long>> samples = new TreeMap<>();
            for (int i = 0; i < SAMPLES; i++) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("It ended (exit " + process.exitValue() + ") before it was measured");
                }
                read(process.pid()).forEach((field, kb) -> samples.computeIfAbsent(field, f -> new ArrayList<>()).add(kb));
                TimeUnit.SECONDS.sleep(5);
            }
            System.out.printf(Locale.ROOT, "%s, idle %d s, %s%n", what, idle,
                    options == null || options.isBlank() ? "no extra JVM options" : "plus " + options);
            FIELDS.forEach(field -> System.out.printf(Locale.ROOT, "%-8s median %6.1f MB  (%s kB)%n", field,
                    HarnessSupport.median(samples.get(field)) / 1024.0, samples.get(field)));
            double seconds = (System.nanoTime() - wallBefore) / 1e9;
            System.out.printf(Locale.ROOT, "CPU      %.0f ms per minute while measured (%.0f s)%n",
                    (cpuTicks(process.pid()) - cpuBefore) * 10 * 60 / seconds, seconds);
        } finally {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    // User and system time of the whole process, in clock ticks (1/100 s on Linux), from /proc/PID/stat.
    private static long cpuTicks(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    // The kB figures of FIELDS from /proc/PID/status (VmRSS, RssAnon, RssFile) and smaps_rollup (Pss).
    private static Map<String, Long> read(long pid) throws IOException {
        Map<String, Long> values = new TreeMap<>();
        for (String file : List.of("status", "smaps_rollup")) {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), file))) {
                String[] parts = line.split("\\s+");
                String field = parts[0].replace(":", "");
                if (FIELDS.contains(field) && parts.length >= 2) {
                    values.putIfAbsent(field, Long.parseLong(parts[1]));
                }
            }
        }
        return values;
    }
}
