package io.outpost.views.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javax.imageio.ImageIO;

/** Saves what a window shows as a PNG under target/screenshots, so a reviewer can see each UI test's end state. */
public final class Screenshots {
    private Screenshots() {
    }

    /** Call on the FX thread. */
    public static Path save(Scene scene, String name) {
        Path folder = Path.of("target", "screenshots");
        Path file = folder.resolve(name + ".png");
        try {
            Files.createDirectories(folder);
            ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
