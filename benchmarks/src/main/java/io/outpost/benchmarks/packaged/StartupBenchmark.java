package io.outpost.benchmarks.packaged;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Issue 8's start-up goal, measured from outside: the wall-clock time from starting a process to the line it prints
 * at its first frame, for the packaged app ({@code bin/Outpost --smoke-test}: a new data folder, dashboard laid out,
 * read and drawn) against {@link BareWindow} started by the app image's own runtime without a cache, and the app
 * again with its AOT cache switched off. They alternate run by run, so a busy machine slows all alike; the first
 * round only warms the disk cache and is not counted. Goal: app / bare window ≤ 1.0 (medians). The bare window
 * with the C1 compiler only, as the packages run, is timed too, for comparison.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar io.outpost.benchmarks.packaged.StartupBenchmark IMAGE [ROUNDS] [DEVICES]</pre>
 * with IMAGE the app image ({@code installers/target/installer/work/image/Outpost} after {@code -Pinstaller}, or
 * {@code /opt/outpost} of an installed .deb) and a display in {@code DISPLAY}. With DEVICES, the app opens on a data
 * folder holding that many onboarded devices with a year of history each, the same for every run, instead of a new
 * one: the first frame then shows a full dashboard.
 */
public final class StartupBenchmark {
    private static final long TIMEOUT_SECONDS = 60;

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length < 1) {
            System.err.println("usage: StartupBenchmark IMAGE [ROUNDS] [DEVICES]");
            System.exit(2);
        }
        Path image = Path.of(args[0]).toAbsolutePath();
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int devices = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        Path bareClasses = HarnessSupport.copyBareWindow();
        Path fleet = devices > 0 ? HarnessSupport.fleet("outpost-startup-fleet-", devices) : null;
        Map<String, List<String>> commands = commands(image, bareClasses, fleet);
        Map<String, List<Double>> times = new LinkedHashMap<>();
        commands.keySet().forEach(name -> times.put(name, new ArrayList<>()));
        for (int round = 0; round <= rounds; round++) {
            List<String> order = new ArrayList<>(commands.keySet());
            if (round % 2 == 1) {
                order = order.reversed();
            }
            for (String name : order) {
                double ms = timeToFirstFrame(commands.get(name), name.endsWith("no AOT cache"));
                if (round > 0) {
                    times.get(name).add(ms);
                }
            }
        }
        if (devices > 0) {
            System.out.printf(Locale.ROOT, "Outpost on a data folder of %d devices%n", devices);
        }
        report(times);
        HarnessSupport.deleteRecursively(bareClasses);
        if (fleet != null) {
            HarnessSupport.deleteRecursively(fleet);
        }
    }

    // The four, by name; the app on fleet when there is one, else on a new data folder of its own.
    private static Map<String, List<String>> commands(Path image, Path bareClasses, Path fleet) {
        List<String> app = new ArrayList<>(List.of(image.resolve("bin/Outpost").toString(), "--smoke-test"));
        if (fleet != null) {
            app.addAll(List.of("--data-dir", fleet.toString()));
        }
        Map<String, List<String>> commands = new LinkedHashMap<>();
        commands.put("Outpost, AOT cache", app);
        commands.put("bare window, no cache", List.of(image.resolve("lib/runtime/bin/java").toString(),
                "--enable-native-access=javafx.graphics", "-cp", bareClasses.toString(), HarnessSupport.BARE_WINDOW));
        commands.put("Outpost, no AOT cache", app);
        // Not the goal's floor, which is the runtime's defaults: shown because the packages run with C1 only (ADR 0023).
        commands.put("bare window, C1 only", List.of(image.resolve("lib/runtime/bin/java").toString(),
                "-XX:TieredStopAtLevel=1", "--enable-native-access=javafx.graphics", "-cp", bareClasses.toString(),
                HarnessSupport.BARE_WINDOW));
        return commands;
    }

    // Milliseconds from starting the process to its first line on standard output; fails when it exits non-zero.
    private static double timeToFirstFrame(List<String> command, boolean aotOff) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        if (aotOff) {
            builder.environment().put("JAVA_TOOL_OPTIONS", "-XX:AOTMode=off");
        }
        long start = System.nanoTime();
        Process process = builder.start();
        String line = firstLine(process.getInputStream());
        long end = System.nanoTime();
        process.getInputStream().transferTo(OutputStream.nullOutputStream());
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("Did not end in " + TIMEOUT_SECONDS + " s: " + command);
        }
        if (process.exitValue() != 0 || line == null) {
            throw new IllegalStateException("Exit " + process.exitValue() + " without a first frame: " + command);
        }
        return (end - start) / 1e6;
    }

    private static String firstLine(InputStream out) throws IOException {
        return new BufferedReader(new InputStreamReader(out, StandardCharsets.UTF_8)).readLine();
    }

    private static void report(Map<String, List<Double>> times) {
        double floor = HarnessSupport.median(times.get("bare window, no cache"));
        System.out.printf(Locale.ROOT, "%-24s %10s %10s %10s %8s%n", "to the first frame", "median ms", "min ms", "max ms", "ratio");
        times.forEach((name, ms) -> System.out.printf(Locale.ROOT, "%-24s %10.0f %10.0f %10.0f %8.2f%n", name, HarnessSupport.median(ms),
                ms.stream().mapToDouble(Double::doubleValue).min().orElseThrow(),
                ms.stream().mapToDouble(Double::doubleValue).max().orElseThrow(), HarnessSupport.median(ms) / floor));
        times.forEach((name, ms) -> System.out.printf(Locale.ROOT, "%s: %s%n", name,
                Arrays.toString(ms.stream().mapToLong(Math::round).toArray())));
    }
}
