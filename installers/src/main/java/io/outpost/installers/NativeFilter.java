package io.outpost.installers;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which native libraries inside the app's jars a package for this platform needs. Libraries such as
 * sqlite-jdbc, jSerialComm, H3 and the KZG library carry builds for a dozen systems (about 25 MB, half the
 * .deb); each keeps them in folders named after the system and processor ({@code Linux/x86_64},
 * {@code linux-x64}, {@code lib/amd64}). A library goes when its file type, system or processor is another
 * platform's; one whose path names neither is kept, so an unknown layout never loses what it needs.
 */
final class NativeFilter {
    private static final Pattern ANY_ARCH = Pattern.compile(
            "x86|i[3-6]86|x86_64|amd64|x64|aarch64|arm64|arm|armv\\w+|armeabi\\w*|armhf|ppc\\w*|riscv\\w*|s390x?|sparc\\w*|mips\\w*|loongarch\\w*");
    // Systems no package of Outpost targets; musl builds are for Alpine, not for the glibc systems the .deb and .rpm serve.
    private static final Set<String> OTHER_SYSTEMS = Set.of("android", "freebsd", "openbsd", "netbsd", "solaris", "sunos",
            "aix", "musl");

    private final List<String> suffixes;
    private final Set<String> foreignSystems;
    private final Set<String> archNames;

    private NativeFilter(List<String> suffixes, Set<String> foreignSystems, Set<String> archNames) {
        this.suffixes = suffixes;
        this.foreignSystems = foreignSystems;
        this.archNames = archNames;
    }

    /** @param osArch {@code os.arch} as Java names it ({@code amd64}, {@code aarch64}) */
    static NativeFilter forPlatform(TargetOs os, String osArch) {
        Set<String> others = new HashSet<>(OTHER_SYSTEMS);
        switch (os) {
            case LINUX -> others.addAll(Set.of("windows", "win", "win32", "win64", "mac", "macos", "osx", "darwin"));
            case WINDOWS -> others.addAll(Set.of("linux", "mac", "macos", "osx", "darwin"));
            case MAC -> others.addAll(Set.of("linux", "windows", "win", "win32", "win64"));
        }
        List<String> suffixes = switch (os) {
            case LINUX -> List.of(".so");
            case WINDOWS -> List.of(".dll");
            case MAC -> List.of(".dylib", ".jnilib");
        };
        Set<String> arch = switch (osArch.toLowerCase(Locale.ROOT)) {
            case "amd64", "x86_64" -> Set.of("x86_64", "amd64", "x64");
            case "aarch64", "arm64" -> Set.of("aarch64", "arm64", "armv8_64");
            default -> Set.of(osArch.toLowerCase(Locale.ROOT));
        };
        return new NativeFilter(suffixes, Set.copyOf(others), arch);
    }

    static boolean isNativeLibrary(String entry) {
        String name = entry.toLowerCase(Locale.ROOT);
        return name.endsWith(".so") || name.endsWith(".dll") || name.endsWith(".dylib") || name.endsWith(".jnilib");
    }

    /** Whether the jar entry {@code entry} is kept: everything but another platform's native libraries. */
    boolean keeps(String entry) {
        if (!isNativeLibrary(entry)) {
            return true;
        }
        String path = entry.toLowerCase(Locale.ROOT);
        if (suffixes.stream().noneMatch(path::endsWith)) {
            return false;
        }
        int slash = path.lastIndexOf('/');
        List<String> folders = slash < 0 ? List.of() : Arrays.asList(path.substring(0, slash).split("[/-]"));
        if (folders.stream().anyMatch(foreignSystems::contains)) {
            return false;
        }
        return folders.stream().noneMatch(folder -> ANY_ARCH.matcher(folder).matches() && !archNames.contains(folder));
    }
}
