package io.outpost.views.shell;

import io.outpost.app.updates.Release;
import io.outpost.app.updates.Version;
import io.outpost.views.common.SettingsKeeper;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The notice that a newer Outpost is out: "Outpost 0.3.0 is out. You have 0.2.0." with a link to the release's page
 * (opened in the browser, only when it is an https address) and a dismiss that remembers the version in the
 * settings, so that version is not told again; a newer one is. It only tells: nothing is downloaded or installed.
 * Call on the UI thread.
 */
public final class UpdateNoticeViewModel {
    private final SettingsKeeper settings;
    private final String installed;
    private final Consumer<URI> browser;
    private final ReadOnlyObjectWrapper<Release> release = new ReadOnlyObjectWrapper<>();

    /** @param browser opens an address in the user's web browser (the desktop's host services) */
    public UpdateNoticeViewModel(SettingsKeeper settings, String installed, Consumer<URI> browser) {
        this.settings = settings;
        this.installed = installed;
        this.browser = browser;
    }

    /** A check found {@code newer}: shown unless the user dismissed it (or a newer one) before, or it is shown already. */
    public void offer(Release newer) {
        boolean dismissed = Optional.ofNullable(settings.current().updates().dismissedVersion()).flatMap(Version::parse)
                .filter(seen -> newer.version().compareTo(seen) <= 0).isPresent();
        Release shown = release.get();
        if (!dismissed && (shown == null || newer.version().isNewerThan(shown.version()))) {
            release.set(newer);
        }
    }

    /** The release told of; null while there is none to tell. */
    public ReadOnlyObjectProperty<Release> releaseProperty() {
        return release.getReadOnlyProperty();
    }

    /** The version running now, as the notice names it. */
    public String installedVersion() {
        return installed;
    }

    /** Opens the release's page in the browser; an address that is not https is never opened. */
    public void openReleasePage() {
        Release shown = release.get();
        if (shown != null && "https".equals(Optional.ofNullable(shown.page().getScheme()).orElse("").toLowerCase(Locale.ROOT))) {
            browser.accept(shown.page());
        }
    }

    /** Hides the notice and remembers its version, so only a newer one is told. */
    public void dismiss() {
        Release shown = release.get();
        if (shown != null) {
            settings.update(s -> s.withUpdates(s.updates().withDismissed(shown.version().toString())));
            release.set(null);
        }
    }
}
