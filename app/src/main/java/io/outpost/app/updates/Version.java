package io.outpost.app.updates;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A version such as {@code 0.10.0} or {@code v1.2.0-rc1}: numbers compared as numbers (0.9.0 is older than 0.10.0,
 * 1.2 equals 1.2.0), and a pre-release part after a hyphen ({@code -rc1}, {@code -beta}, {@code -SNAPSHOT}) that
 * makes it a version nobody is told about. Build metadata after {@code +} is ignored.
 */
public record Version(List<Integer> numbers, String preRelease) implements Comparable<Version> {
    // Up to four numbers of at most 9 digits each (no overflow); an optional "v" as in tag names.
    private static final Pattern SHAPE = Pattern.compile(
            "[vV]?(\\d{1,9}(?:\\.\\d{1,9}){0,3})(?:-([0-9A-Za-z][0-9A-Za-z.-]{0,40}))?(?:\\+[0-9A-Za-z.-]{1,40})?");

    public Version {
        numbers = List.copyOf(numbers);
        preRelease = preRelease == null || preRelease.isEmpty() ? null : preRelease;
    }

    /** The version {@code text} names, or empty when it has no version's shape. */
    public static Optional<Version> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = SHAPE.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        List<Integer> numbers = new ArrayList<>();
        for (String part : m.group(1).split("\\.")) {
            numbers.add(Integer.parseInt(part));
        }
        return Optional.of(new Version(numbers, m.group(2)));
    }

    /**
     * Whether {@code installed} is a build of the sources rather than a release: "development", a SNAPSHOT or any
     * pre-release, or no version at all. Such a build never asks for newer versions.
     */
    public static boolean isDevelopmentBuild(String installed) {
        return parse(installed).map(Version::isPreRelease).orElse(true)
                || installed.toLowerCase(Locale.ROOT).contains("snapshot");
    }

    public boolean isPreRelease() {
        return preRelease != null;
    }

    public boolean isNewerThan(Version other) {
        return compareTo(other) > 0;
    }

    @Override
    public int compareTo(Version other) {
        for (int i = 0; i < Math.max(numbers.size(), other.numbers.size()); i++) {
            int c = Integer.compare(at(i), other.at(i));
            if (c != 0) {
                return c;
            }
        }
        // 1.0.0-rc1 comes before 1.0.0; two pre-releases of one version count as equal.
        return Boolean.compare(other.isPreRelease(), isPreRelease());
    }

    private int at(int index) {
        return index < numbers.size() ? numbers.get(index) : 0;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (int n : numbers) {
            text.append(text.isEmpty() ? "" : ".").append(n);
        }
        return isPreRelease() ? text + "-" + preRelease : text.toString();
    }
}
