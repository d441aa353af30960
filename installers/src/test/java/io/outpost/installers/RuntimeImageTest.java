package io.outpost.installers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuntimeImageTest {
    @TempDir
    Path temp;

    @Test
    void theRuntimeKeepsTheLocaleDataOfTheAppsLanguagesOnly() {
        assertThat(RuntimeImage.locales()).isEqualTo("en,de,es,fr,pt,zh,ja,ar");
    }

    @Test
    void onlyJarsWithAModuleDescriptorGoOnTheModulePath() throws Exception {
        jar("javafx-base-25.0.4.jar", "META-INF/MANIFEST.MF");
        jar("javafx-base-25.0.4-linux.jar", "module-info.class");
        jar("notes.txt", "x");

        assertThat(RuntimeImage.modularJars(temp)).containsExactly(temp.resolve("javafx-base-25.0.4-linux.jar"));
    }

    private void jar(String name, String entry) throws Exception {
        try (OutputStream file = Files.newOutputStream(temp.resolve(name)); JarOutputStream out = new JarOutputStream(file)) {
            out.putNextEntry(new ZipEntry(entry));
            out.closeEntry();
        }
    }
}
