package io.outpost.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * The application's name and version, as the build stamped them, and the release feed it looks for newer versions
 * in (empty when the build named none: such a build never checks; ADR 0022).
 */
public record AppInfo(String name, String version, Optional<URI> releaseFeed) {
    public AppInfo {
        releaseFeed = Objects.requireNonNullElse(releaseFeed, Optional.empty());
    }

    /** An app that names no release feed, as tests build it. */
    public AppInfo(String name, String version) {
        this(name, version, Optional.empty());
    }

    public static AppInfo fromBuild() {
        Properties properties = new Properties();
        try (InputStream in = AppInfo.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new AppInfo("Outpost", properties.getProperty("version", "development"),
                feed(properties.getProperty("releaseFeed", "")));
    }

    /** The same app without a release feed: what the test harnesses run, so no test run asks the real feed. */
    public AppInfo withoutReleaseFeed() {
        return new AppInfo(name, version);
    }

    // Unfiltered (${...}), empty or not an absolute address: no feed.
    private static Optional<URI> feed(String value) {
        String v = value.strip();
        if (v.isEmpty() || v.startsWith("$")) {
            return Optional.empty();
        }
        try {
            URI uri = URI.create(v);
            return uri.isAbsolute() ? Optional.of(uri) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
