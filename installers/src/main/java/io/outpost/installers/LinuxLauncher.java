package io.outpost.installers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

/**
 * On Linux, {@code bin/Outpost} is a shell script written from jpackage's launcher configuration, in place of
 * jpackage's native launcher. That launcher asks {@code rpm -qf} and {@code dpkg -S} (and then {@code dpkg -L})
 * which package owns it at every start, to find its own library: 0.1 to 1 s before the JVM even starts, longer
 * than a bare JavaFX window takes to draw (docs/decisions/0021). The script starts the image's own runtime with
 * the same class path, options and main class; it finds the image from its resolved path, so
 * {@code /usr/bin/outpost} (a link) works too.
 */
final class LinuxLauncher {
    private static final String APPDIR = "$APPDIR";

    private LinuxLauncher() {
    }

    /** Replaces {@code image/bin/name} with the script for {@code image/lib/app/name.cfg}. */
    static void replace(Path image, String name) throws IOException {
        Path launcher = image.resolve("bin").resolve(name);
        Files.writeString(launcher, script(Files.readAllLines(image.resolve("lib/app").resolve(name + ".cfg")), name));
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    static String script(List<String> cfg, String name) {
        String mainClass = null;
        List<String> classPath = new ArrayList<>();
        List<String> options = new ArrayList<>();
        for (String line : cfg) {
            if (line.startsWith("app.mainclass=")) {
                mainClass = value(line);
            } else if (line.startsWith("app.classpath=")) {
                classPath.add(value(line));
            } else if (line.startsWith("java-options=")) {
                options.add(value(line));
            }
        }
        if (mainClass == null || classPath.isEmpty()) {
            throw new IllegalArgumentException("The launcher configuration names no main class or class path");
        }
        StringBuilder script = new StringBuilder("""
                #!/bin/sh
                # Starts %s with the runtime inside its folder (written by the packager: installers/LinuxLauncher).
                app=$(dirname "$(dirname "$(readlink -f "$0")")")
                exec "$app/lib/runtime/bin/java" \\
                """.formatted(name));
        for (String option : options) {
            script.append("  ").append(quoted(option)).append(" \\\n");
        }
        script.append("  \"-Djpackage.app-path=$app/bin/").append(name).append("\" \\\n");
        script.append("  -cp ").append(quoted(String.join(":", classPath))).append(" \\\n");
        script.append("  ").append(quoted(mainClass)).append(" \"$@\"\n");
        return script.toString();
    }

    private static String value(String line) {
        return line.substring(line.indexOf('=') + 1);
    }

    // In double quotes with nothing expanded but jpackage's $APPDIR, which becomes the image's lib/app.
    static String quoted(String value) {
        String escaped = value.replace("\\", "\\\\").replace("\"", "\\\"").replace("`", "\\`").replace("$", "\\$")
                .replace("\\" + APPDIR, "$app/lib/app");
        return "\"" + escaped + "\"";
    }
}
