package io.outpost.devices.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real captures in {@code shared/devdata}, which sits beside the repository (in CI too). They are
 * fixtures, read only; their provenance and licences are in each folder's PROVENANCE.txt.
 */
public final class Captures {
    private Captures() {
    }

    /** {@code shared/devdata}; Surefire runs in the module folder, two levels below the repository's parent. */
    public static Path root() {
        Path root = Path.of("..", "..", "shared", "devdata").toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("The device captures are missing: expected " + root
                    + " (the shared/ folder beside the repository)");
        }
        return root;
    }

    public static Path file(String family, String name) {
        return root().resolve(family).resolve(name);
    }

    public static byte[] bytes(String family, String name) {
        try {
            return Files.readAllBytes(file(family, name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
