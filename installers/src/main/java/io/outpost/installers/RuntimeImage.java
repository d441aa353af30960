package io.outpost.installers;

import io.outpost.i18n.Language;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The Java runtime the packages ship: jlink of the JDK modules and JavaFX modules the app needs, nothing
 * more, with the locale data of the app's languages only. The app itself stays on the class path
 * (docs/decisions/0002). JavaFX's native libraries are left out of the modules and put where the JVM looks
 * first (lib/, or bin/ on Windows): kept inside, JavaFX would unpack them into ~/.openjfx/cache at every start.
 * The modules are not compressed: the installer's compression does far better on them (a .deb 18 MB smaller)
 * and classes load without inflating.
 */
final class RuntimeImage {
    private final TargetOs os;

    RuntimeImage(TargetOs os) {
        this.os = os;
    }

    /** @param javafx a folder holding the JavaFX jars of this platform (and possibly their empty stand-ins) */
    void link(Path javafx, List<String> modules, Path output) throws IOException {
        List<Path> modular = modularJars(javafx);
        if (modular.isEmpty()) {
            throw new IllegalStateException("No JavaFX modules for this platform in " + javafx);
        }
        Files.createDirectories(output.getParent());
        JdkTool.run("jlink", List.of(
                "--module-path", modular.stream().map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator)),
                "--add-modules", String.join(",", modules),
                "--include-locales=" + locales(),
                "--exclude-resources=**" + os.nativeSuffix(),
                "--strip-debug", "--no-header-files", "--no-man-pages", "--compress=zip-0",
                "--output", output.toString()));
        for (Path jar : modular) {
            copyNatives(jar, output.resolve(os.nativeFolder()));
        }
    }

    /** The languages the app speaks, as jlink's --include-locales takes them ({@code en,de,…}). */
    static String locales() {
        return Stream.of(Language.values()).map(language -> language.locale().getLanguage()).distinct()
                .collect(Collectors.joining(","));
    }

    // The platform jars hold a module descriptor; the artifacts without a classifier are empty stand-ins.
    static List<Path> modularJars(Path folder) throws IOException {
        List<Path> modular = new ArrayList<>();
        try (Stream<Path> jars = Files.list(folder)) {
            for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
                try (ZipFile zip = new ZipFile(jar.toFile())) {
                    if (zip.getEntry("module-info.class") != null) {
                        modular.add(jar);
                    }
                }
            }
        }
        return modular;
    }

    private void copyNatives(Path jar, Path folder) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                Path target = folder.resolve(entry.getName());
                // Top-level libraries only; one the JDK already has (the C runtime on Windows) stays the JDK's.
                if (!entry.getName().contains("/") && entry.getName().endsWith(os.nativeSuffix()) && !Files.exists(target)) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        Files.copy(in, target);
                    }
                }
            }
        }
    }
}
