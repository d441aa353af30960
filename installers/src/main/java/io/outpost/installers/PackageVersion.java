package io.outpost.installers;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The version jpackage accepts, from the pom's: one to three numbers ({@code 0.1.0-SNAPSHOT} becomes
 * {@code 0.1.0}). Windows installers also need each number small (MSI: at most 255.255.65535).
 */
final class PackageVersion {
    private static final Pattern LEADING_NUMBERS = Pattern.compile("(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?(?:[-.+].*)?");

    private PackageVersion() {
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
