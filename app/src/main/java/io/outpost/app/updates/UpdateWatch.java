package io.outpost.app.updates;

import io.outpost.app.settings.UpdateCheck;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When and against what the app checks for a newer version (ADR 0022): a while after the window opened, then once a
 * day, on a background thread; each time with the settings of that moment. No check at all in a development build,
 * when the user switched it off, or when neither the build nor {@code settings.json} names a feed (so a test run,
 * whose app names none, never asks anyone). A newer release goes to the listeners, on the checking thread.
 */
public final class UpdateWatch {
    private static final Logger LOG = LoggerFactory.getLogger(UpdateWatch.class);
    /** Well after the first dashboard frame, so the check never competes with the start. */
    public static final Duration FIRST_CHECK = Duration.ofMinutes(2);
    public static final Duration EVERY = Duration.ofDays(1);

    private final String installed;
    private final Optional<URI> buildFeed;
    private final Supplier<UpdateCheck> setting;
    private final UpdateChecker checker;
    private final ScheduledExecutorService scheduler;
    private final Executor background;
    private final List<Consumer<Release>> listeners = new CopyOnWriteArrayList<>();

    /**
     * @param installed the version running ({@code AppInfo.version()})
     * @param buildFeed the release feed the build names, if any ({@code AppInfo.releaseFeed()})
     * @param setting   the user's choice as it is now (read at each check)
     * @param scheduler times the checks; the check itself runs on {@code background}
     */
    public UpdateWatch(String installed, Optional<URI> buildFeed, Supplier<UpdateCheck> setting, UpdateChecker checker,
                       ScheduledExecutorService scheduler, Executor background) {
        this.installed = installed;
        this.buildFeed = buildFeed;
        this.setting = setting;
        this.checker = checker;
        this.scheduler = scheduler;
        this.background = background;
    }

    /** The feed a check would ask now; empty when none would be made. */
    public Optional<URI> feed() {
        if (Version.isDevelopmentBuild(installed)) {
            return Optional.empty();
        }
        UpdateCheck now = setting.get();
        if (!now.on()) {
            return Optional.empty();
        }
        return Optional.ofNullable(now.feed()).flatMap(UpdateWatch::address).or(() -> buildFeed);
    }

    private static Optional<URI> address(String text) {
        try {
            return Optional.of(URI.create(text));
        } catch (IllegalArgumentException e) {
            LOG.info("The release feed in settings.json is no address: {}", text);
            return Optional.empty();
        }
    }

    /** Starts the checks: {@link #FIRST_CHECK} from now, then every day; empty in a development build. */
    public Optional<ScheduledFuture<?>> start() {
        return start(FIRST_CHECK, EVERY);
    }

    Optional<ScheduledFuture<?>> start(Duration first, Duration every) {
        if (Version.isDevelopmentBuild(installed)) {
            LOG.info("Development build {}: no checks for newer versions", installed);
            return Optional.empty();
        }
        return Optional.of(scheduler.scheduleWithFixedDelay(() -> background.execute(this::checkQuietly),
                first.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS));
    }

    /** One check, on the calling thread (never the UI's): the newer release, also told to the listeners. */
    public Optional<Release> checkNow() {
        Optional<URI> feed = feed();
        if (feed.isEmpty()) {
            return Optional.empty();
        }
        Optional<Release> newer = Version.parse(installed).flatMap(installed -> checker.newerThan(installed, feed.get()));
        newer.ifPresent(release -> {
            LOG.info("Outpost {} is out (this is {}): {}", release.version(), installed, release.page());
            listeners.forEach(listener -> listener.accept(release));
        });
        return newer;
    }

    private void checkQuietly() {
        try {
            checkNow();
        } catch (RuntimeException e) {
            LOG.warn("The check for a newer version failed", e);
        }
    }

    public void addListener(Consumer<Release> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<Release> listener) {
        listeners.remove(listener);
    }
}
