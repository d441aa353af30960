package io.outpost.installers;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the pom asks the packager for, from {@code --key=value} arguments: the app (its name, version and
 * main class; its jars in {@code input}), the runtime (JavaFX jars, modules), where to work and where the
 * packages go, and which installer types (the operating system's all, unless {@code types} names fewer; {@code
 * none} stops at the app image). {@code mac-signing-identity} ("Name (TEAMID)" of a Developer ID certificate in
 * the keychain) signs the macOS app and packages; empty, they are not signed. {@code aot=false} leaves out the
 * AOT cache (its training run opens the window).
 */
record PackageJob(String name, String mavenVersion, String vendor, String description, String mainJar, String mainClass,
                  Path input, Path javafx, List<String> modules, List<String> javaOptions, Path icon, Path work,
                  Path dest, List<String> types, String macSigningIdentity, boolean aot) {

    static PackageJob parse(TargetOs os, String... args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            int equals = arg.indexOf('=');
            if (!arg.startsWith("--") || equals < 0) {
                throw new IllegalArgumentException("Expected --key=value, not " + arg);
            }
            options.put(arg.substring(2, equals), arg.substring(equals + 1));
        }
        String types = options.getOrDefault("types", "").strip();
        return new PackageJob(required(options, "name"), required(options, "version"), required(options, "vendor"),
                required(options, "description"), required(options, "main-jar"), required(options, "main-class"),
                Path.of(required(options, "input")), Path.of(required(options, "javafx")), list(required(options, "modules")),
                words(options.getOrDefault("java-options", "")), Path.of(required(options, "icon")),
                Path.of(required(options, "work")), Path.of(required(options, "dest")),
                types.isEmpty() ? os.installerTypes() : types.equals("none") ? List.of() : list(types),
                options.getOrDefault("mac-signing-identity", "").strip(),
                !options.getOrDefault("aot", "true").strip().equalsIgnoreCase("false"));
    }

    /** The numeric version jpackage takes. */
    String version() {
        return PackageVersion.numeric(mavenVersion);
    }

    /** The version the packages carry on {@code os} (macOS refuses 0.x: {@link PackageVersion#forMac}). */
    String version(TargetOs os) {
        return os == TargetOs.MAC ? PackageVersion.forMac(version()) : version();
    }

    /** The Linux package's name, and its folder under /opt. */
    String packageName() {
        return name.toLowerCase(java.util.Locale.ROOT);
    }

    private static String required(Map<String, String> options, String key) {
        String value = options.get(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The packager needs --" + key + "=…");
        }
        return value;
    }

    // Comma- or space-separated, as a pom property reads best.
    private static List<String> list(String value) {
        return Arrays.stream(value.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
    }

    // Java options are separated by spaces only: one may hold commas (--enable-native-access=a,b).
    private static List<String> words(String value) {
        return Arrays.stream(value.split("\\s+")).filter(s -> !s.isBlank()).toList();
    }
}
