package io.outpost.app.updates;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks a release feed whether a newer version than the installed one is out: one GET with a User-Agent naming
 * Outpost and its version, nothing else sent. Only https, or plain http to this computer (loopback, for tests);
 * at most {@link #MAX_BYTES}; given up after the timeout. Whatever goes wrong gives no release and one log line.
 * It only tells: nothing is downloaded or installed.
 */
public final class UpdateChecker {
    private static final Logger LOG = LoggerFactory.getLogger(UpdateChecker.class);
    /** GitHub's feed of the last ten releases is some 20 KB; a feed a hundred times that is no feed of ours. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;
    public static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final Supplier<HttpClient> http;
    private final String userAgent;
    private final Duration timeout;

    /** @param http asked at each check, not before: a new client costs the start-up its trusted certificates. */
    public UpdateChecker(Supplier<HttpClient> http, String userAgent, Duration timeout) {
        this.http = http;
        this.userAgent = userAgent;
        this.timeout = timeout;
    }

    /** The User-Agent of the check: {@code Outpost/0.2.0}. */
    public static String userAgent(String name, String version) {
        return name + "/" + version;
    }

    /** The newest release in {@code feed} newer than {@code installed}, leaving pre-releases out; empty if none. */
    public Optional<Release> newerThan(Version installed, URI feed) {
        try {
            List<Release> releases = ReleaseFeed.parse(fetch(feed));
            if (releases.isEmpty()) {
                LOG.info("The release feed {} lists no release this version can use", feed);
            }
            return releases.stream().filter(r -> !r.version().isPreRelease())
                    .max(Comparator.comparing(Release::version)).filter(r -> r.version().isNewerThan(installed));
        } catch (FeedException e) {
            LOG.info("No update check this time: {} ({})", e.getMessage(), feed);
            return Optional.empty();
        }
    }

    byte[] fetch(URI feed) throws FeedException {
        if (!allowed(feed)) {
            throw new FeedException("only https addresses (or http on this computer) are asked");
        }
        HttpRequest request = HttpRequest.newBuilder(feed).timeout(timeout).header("User-Agent", userAgent)
                .header("Accept", "application/atom+xml, application/xml;q=0.9").GET().build();
        CompletableFuture<HttpResponse<byte[]>> answer = http.get().sendAsync(request, head -> new CappedBody(MAX_BYTES));
        try {
            HttpResponse<byte[]> response = answer.get(timeout.toMillis() * 2, TimeUnit.MILLISECONDS);
            if (response.statusCode() != 200) {
                throw new FeedException("the feed answered HTTP " + response.statusCode());
            }
            return response.body();
        } catch (TimeoutException e) {
            answer.cancel(true);
            throw new FeedException("no answer within " + timeout.toSeconds() + " s");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof FeedException f ? f : new FeedException("no answer: " + cause, cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FeedException("interrupted");
        }
    }

    /** Whether the checker asks {@code feed}: https, or http only when the host is this computer. */
    public static boolean allowed(URI feed) {
        String scheme = Optional.ofNullable(feed.getScheme()).map(s -> s.toLowerCase(Locale.ROOT)).orElse("");
        if (feed.getHost() == null || feed.getRawUserInfo() != null) {
            return false;
        }
        return "https".equals(scheme) || "http".equals(scheme) && loopback(feed.getHost());
    }

    private static boolean loopback(String host) {
        String h = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (!h.matches("[0-9.]+|[0-9a-fA-F:]+") && !"localhost".equalsIgnoreCase(h)) {
            return false; // a name is not looked up: only literal addresses (and localhost) count as this computer
        }
        try {
            return InetAddress.getByName(h).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
