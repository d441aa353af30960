package io.outpost.app.settings;

import java.util.Locale;
import java.util.Objects;

/**
 * Telling of new versions (ADR 0022): whether it is on (the default), the release feed when {@code settings.json}
 * names another than the build's ({@code null}: the build's), and the newest version whose notice the user
 * dismissed ({@code null}: none). A feed that is no http(s) address is ignored.
 */
public record UpdateCheck(Boolean enabled, String feed, String dismissedVersion) {
    public UpdateCheck {
        enabled = Objects.requireNonNullElse(enabled, Boolean.TRUE);
        feed = valid(feed) ? feed.strip() : null;
        dismissedVersion = dismissedVersion == null || dismissedVersion.isBlank() ? null : dismissedVersion.strip();
    }

    public static UpdateCheck defaults() {
        return new UpdateCheck(true, null, null);
    }

    public boolean on() {
        return enabled;
    }

    public UpdateCheck withEnabled(boolean on) {
        return new UpdateCheck(on, feed, dismissedVersion);
    }

    public UpdateCheck withDismissed(String version) {
        return new UpdateCheck(enabled, feed, version);
    }

    private static boolean valid(String address) {
        if (address == null) {
            return false;
        }
        String a = address.strip().toLowerCase(Locale.ROOT);
        return a.startsWith("https://") || a.startsWith("http://");
    }
}
