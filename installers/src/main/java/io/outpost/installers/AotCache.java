package io.outpost.installers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The JDK 25 AOT cache the packages ship (JEP 514): the app image's own launcher runs {@code outpost
 * --smoke-test} once with {@code -XX:AOTCacheOutput}, so the classes loaded and linked from start to the first
 * dashboard are kept ready in {@code $APPDIR/outpost.aot}; the launcher's configuration then starts every run
 * with {@code -XX:AOTCache}. Trained in the app image the installers are made from, so the cache fits the
 * runtime and jars they hold; the JVM still accepts it after the image moved to /opt (docs/benchmarks.md has
 * what it saves).
 */
final class AotCache {
    static final String FILE = "outpost.aot";
    private static final long TRAINING_MINUTES = 5;

    private final TargetOs os;

    AotCache(TargetOs os) {
        this.os = os;
    }

    /** Trains the cache in {@code image} and points the launcher {@code name} at it. */
    void train(Path image, String name, Path work) throws IOException, InterruptedException {
        Path cache = os.appFolder(image).resolve(FILE);
        Path data = Files.createDirectories(work.resolve("aot-training"));
        Path log = work.resolve("aot-training.log");
        List<String> command = List.of(os.launcher(image, name).toString(), "--smoke-test", "--data-dir", data.toString());
        System.out.println("[installers] AOT training run: " + String.join(" ", command));
        long start = System.nanoTime();
        try (PrivateDisplay display = PrivateDisplay.forTraining(os)) {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().put("JAVA_TOOL_OPTIONS", "-XX:AOTCacheOutput=" + cache);
            display.name().ifPresent(value -> builder.environment().put("DISPLAY", value));
            Process run = builder.start();
            if (!run.waitFor(TRAINING_MINUTES, TimeUnit.MINUTES)) {
                run.destroyForcibly();
                throw new IllegalStateException("The AOT training run did not end in " + TRAINING_MINUTES + " minutes; " + log);
            }
            if (run.exitValue() != 0 || !Files.isRegularFile(cache)) {
                throw new IllegalStateException("The AOT training run failed (exit " + run.exitValue() + "):\n"
                        + Files.readString(log));
            }
        }
        Packager.deleteRecursively(data);
        useCache(os.appFolder(image).resolve(name + ".cfg"));
        System.out.printf("[installers] AOT cache of %d MB trained in %.1f s%n", Files.size(cache) >> 20,
                (System.nanoTime() - start) / 1e9);
    }

    /** Adds {@code -XX:AOTCache=$APPDIR/outpost.aot} to the launcher's Java options. */
    static void useCache(Path cfg) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(cfg));
        String option = "java-options=-XX:AOTCache=$APPDIR/" + FILE;
        int section = lines.indexOf("[JavaOptions]");
        if (section < 0) {
            lines.add("[JavaOptions]");
            section = lines.size() - 1;
        }
        lines.add(section + 1, option);
        Files.write(cfg, lines);
    }
}
