package io.outpost.installers;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** What differs between the operating systems a package is made for (always the one the build runs on). */
enum TargetOs {
    LINUX(".so", "lib", "png", List.of("deb", "rpm")),
    WINDOWS(".dll", "bin", "ico", List.of("msi")),
    MAC(".dylib", "lib", "icns", List.of("dmg", "pkg"));

    private final String nativeSuffix;
    private final String nativeFolder;
    private final String iconFormat;
    private final List<String> installerTypes;

    TargetOs(String nativeSuffix, String nativeFolder, String iconFormat, List<String> installerTypes) {
        this.nativeSuffix = nativeSuffix;
        this.nativeFolder = nativeFolder;
        this.iconFormat = iconFormat;
        this.installerTypes = installerTypes;
    }

    static TargetOs current() {
        return byName(System.getProperty("os.name"));
    }

    static TargetOs byName(String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return WINDOWS;
        }
        return os.contains("mac") ? MAC : LINUX;
    }

    /** How native libraries end here ({@code .so}, {@code .dll}, {@code .dylib}). */
    String nativeSuffix() {
        return nativeSuffix;
    }

    /** Where a runtime image keeps its native libraries, relative to its root: the JVM looks there first. */
    String nativeFolder() {
        return nativeFolder;
    }

    /** The icon file format jpackage takes here. */
    String iconFormat() {
        return iconFormat;
    }

    /**
     * JVM options for this system only, after the build's own. On Linux the JVM hands freed native memory back to
     * the system every 5 s (glibc keeps it otherwise): about 10 MB less resident when idle (docs/benchmarks.md).
     * Elsewhere the option is not supported and would print a warning at every start.
     */
    List<String> javaOptions() {
        return this == LINUX ? List.of("-XX:TrimNativeHeapInterval=5000") : List.of();
    }

    /** The launcher jpackage puts in an app image named {@code name}. */
    Path launcher(Path image, String name) {
        return switch (this) {
            case LINUX -> image.resolve("bin").resolve(name);
            case WINDOWS -> image.resolve(name + ".exe");
            case MAC -> image.resolve("Contents").resolve("MacOS").resolve(name);
        };
    }

    /** Where an app image keeps the app's jars and the launcher's configuration ({@code $APPDIR}). */
    Path appFolder(Path image) {
        return switch (this) {
            case LINUX -> image.resolve("lib").resolve("app");
            case WINDOWS -> image.resolve("app");
            case MAC -> image.resolve("Contents").resolve("app");
        };
    }

    /** The installers built here unless asked for fewer. */
    List<String> installerTypes() {
        return installerTypes;
    }
}
