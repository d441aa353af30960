package io.outpost.installers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SlimJarsTest {
    private final SlimJars slim = new SlimJars(NativeFilter.forPlatform(TargetOs.LINUX, "amd64"));

    @TempDir
    Path temp;

    @Test
    void entriesAreStoredUnchangedInTheirOrderAndForeignLibrariesGo() throws Exception {
        Path jar = temp.resolve("lib.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().putValue("Manifest-Version", "1.0");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            for (String name : List.of("a/A.class", "Linux/x86_64/libx.so", "Windows/x86_64/x.dll", "Linux/aarch64/libx.so")) {
                out.putNextEntry(new JarEntry(name));
                out.write(("content of " + name).repeat(50).getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        Path slimmed = temp.resolve("slim.jar");
        slim.slim(jar, slimmed);

        try (JarFile result = new JarFile(slimmed.toFile())) {
            assertThat(Collections.list(result.entries()).stream().map(ZipEntry::getName))
                    .containsExactly("META-INF/MANIFEST.MF", "a/A.class", "Linux/x86_64/libx.so");
            assertThat(Collections.list(result.entries())).allMatch(entry -> entry.getMethod() == ZipEntry.STORED);
            try (InputStream in = result.getInputStream(result.getEntry("a/A.class"))) {
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("content of a/A.class".repeat(50));
            }
            assertThat(result.getManifest()).as("still found as the jar's manifest").isNotNull();
        }
    }

    @Test
    void aSignedJarStillVerifies() throws Exception {
        Path bouncyCastle = Path.of(BouncyCastleProvider.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path slimmed = temp.resolve("bcprov.jar");
        slim.slim(bouncyCastle, slimmed);

        try (JarFile result = new JarFile(slimmed.toFile(), true)) {
            JarEntry provider = result.getJarEntry("org/bouncycastle/jce/provider/BouncyCastleProvider.class");
            try (InputStream in = result.getInputStream(provider)) {
                in.readAllBytes(); // verification happens while reading; a broken signature throws
            }
            assertThat(provider.getCodeSigners()).as("signers of a verified entry").isNotEmpty();
        }
    }
}
