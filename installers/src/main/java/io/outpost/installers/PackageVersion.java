package io.outpost.installers;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The version jpackage accepts, from the pom's: one to three numbers ({@code 0.1.0-SNAPSHOT} becomes
 * {@code 0.1.0}). Windows installers also need each number small (MSI: at most 255.255.65535).
 */
final class PackageVersion {
    static final String MAC_BEFORE_ONE = "1.0.0";
    private static final Pattern LEADING_NUMBERS = Pattern.compile("(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?(?:[-.+].*)?");

    private PackageVersion() {
    }

    /**
     * The version a macOS bundle carries: jpackage refuses a first number of 0 there (CFBundleVersion), so a 0.x
     * build is labelled 1.0.0 inside its Info.plist; the app itself and the package's file name keep the real one.
     */
    static String forMac(String numeric) {
        return numeric.equals("0") || numeric.startsWith("0.") ? MAC_BEFORE_ONE : numeric;
    }

    static String numeric(String mavenVersion) {
        Matcher matcher = LEADING_NUMBERS.matcher(mavenVersion);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("The version " + mavenVersion + " does not start with a number");
        }
        StringBuilder numeric = new StringBuilder();
        for (int group = 1; group <= 3; group++) {
            String part = matcher.group(group);
            if (part != null) {
                numeric.append(numeric.isEmpty() ? "" : ".").append(Integer.parseInt(part));
            }
        }
        return numeric.toString();
    }
}
