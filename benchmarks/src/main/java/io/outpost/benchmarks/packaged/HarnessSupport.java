package io.outpost.benchmarks.packaged;

import io.outpost.app.history.SyntheticFleet;
import io.outpost.app.storage.AppDirectories;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** What the harnesses of the packaged app share. */
final class HarnessSupport {
    // By name: the harnesses run without JavaFX, so they must not load the class they only copy.
    static final String BARE_WINDOW = "io.outpost.benchmarks.packaged.BareWindow";
    private static final String BARE_WINDOW_FILE = BARE_WINDOW.replace('.', '/') + ".class";

    private HarnessSupport() {
    }

    static double median(List<? extends Number> values) {
        double[] sorted = values.stream().mapToDouble(Number::doubleValue).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /** A new data folder holding {@code devices} onboarded hotspots with a year of history each ({@link SyntheticFleet}). */
    static Path fleet(String prefix, int devices) throws IOException {
        Path data = Files.createTempDirectory(prefix);
        SyntheticFleet.create(AppDirectories.portable(data), devices, Instant.now().truncatedTo(ChronoUnit.SECONDS));
        return data;
    }

    /** A folder holding {@link BareWindow}'s class: the floor must not pay for opening this 40 MB jar. */
    static Path copyBareWindow() throws IOException {
        Path folder = Files.createTempDirectory("outpost-bare-window-");
        Path target = folder.resolve(BARE_WINDOW_FILE);
        Files.createDirectories(target.getParent());
        try (InputStream in = HarnessSupport.class.getClassLoader().getResourceAsStream(BARE_WINDOW_FILE)) {
            Files.copy(in, target);
        }
        return folder;
    }

    static void deleteRecursively(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
