package io.outpost.devnet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Gas used by the contract calls the tests make, appended to {@code target/gas-report.txt} for docs/benchmarks.md. */
final class GasReport {
    private static final Path FILE = Path.of("target", "gas-report.txt");

    private GasReport() {
    }

    static void record(String call, long gasUsed) {
        try {
            Files.createDirectories(FILE.getParent());
            Files.writeString(FILE, call + ": " + gasUsed + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
