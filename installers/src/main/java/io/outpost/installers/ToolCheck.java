package io.outpost.installers;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Before minutes of linking: are the programs jlink and jpackage call on the PATH? On Linux jlink's
 * --strip-debug runs objcopy; each installer type needs its own packaging programs. If one is missing, one
 * message names the Debian/Ubuntu packages to install, or how to build fewer types.
 */
final class ToolCheck {
    private static final Map<String, List<String>> PROGRAMS = Map.of(
            "deb", List.of("dpkg-deb", "fakeroot"),
            "rpm", List.of("rpmbuild"));
    private static final Map<String, String> PACKAGES = Map.of(
            "dpkg-deb", "dpkg", "fakeroot", "fakeroot", "objcopy", "binutils", "rpmbuild", "rpm");

    private ToolCheck() {
    }

    static void forTypes(TargetOs os, List<String> types) {
        List<String> missing = missing(os, types, System.getenv().getOrDefault("PATH", ""));
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Building the installers needs " + String.join(", ", missing)
                    + ": install them (Debian/Ubuntu: apt-get install "
                    + String.join(" ", missing.stream().map(PACKAGES::get).distinct().toList())
                    + "), or build fewer installer types, for example -Dinstaller.types=deb");
        }
    }

    static List<String> missing(TargetOs os, List<String> types, String path) {
        List<String> missing = new ArrayList<>();
        if (os == TargetOs.LINUX && !onPath("objcopy", path)) {
            missing.add("objcopy");
        }
        for (String type : types) {
            for (String program : PROGRAMS.getOrDefault(type, List.of())) {
                if (!onPath(program, path) && !missing.contains(program)) {
                    missing.add(program);
                }
            }
        }
        return missing;
    }

    private static boolean onPath(String program, String path) {
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
