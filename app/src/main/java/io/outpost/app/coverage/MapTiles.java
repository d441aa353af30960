package io.outpost.app.coverage;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The street map's pictures (raster tiles of 256 pixels, {@code z/x/y} as every web map numbers them) from a tile
 * server, kept on disk ({@link TileCache}). Only what a map asks for is fetched: each {@link #want} replaces what the
 * same map asked for before and is not fetched yet, so nothing around the view is prefetched. At most
 * {@link #PARALLEL} tiles are fetched at once, with a User-Agent naming Outpost and its version (OpenStreetMap's tile
 * usage policy). A tile that fails is not asked again for a minute; after {@link #FAILURES_BEFORE_PAUSE} failures in
 * a row the server is left alone for {@link #PAUSE} (or as long as its Retry-After says), and tiles on disk are shown
 * even when expired. No JavaFX: the answers come on the fetching threads.
 */
public final class MapTiles {
    private static final Logger LOG = LoggerFactory.getLogger(MapTiles.class);
    public static final int PARALLEL = 2;
    static final int FAILURES_BEFORE_PAUSE = 3;
    static final Duration PAUSE = Duration.ofMinutes(5);
    static final Duration RETRY_TILE = Duration.ofMinutes(1);
    static final Duration MISSING = Duration.ofDays(1);
    static final Duration TIMEOUT = Duration.ofSeconds(20);
    /** The disk cache's bound: some 5,000 tiles of a city's streets. */
    public static final long CACHE_BYTES = 100L * 1024 * 1024;

    /** A tile: zoom level, column from the west, row from the north. */
    public record Tile(int z, int x, int y) {
    }

    /** Hears about the tiles it asked for, on a fetching thread: each tile is answered at most once. */
    public interface Listener {
        void arrived(Tile tile, byte[] picture);

        void failed(Tile tile);
    }

    private record Request(Tile tile, Listener listener) {
    }

    private final String template;
    private final String userAgent;
    private final TileCache cache;
    private final HttpClient http;
    private final Executor executor;
    private final Clock clock;
    private final Deque<Request> queue = new ArrayDeque<>();
    private final Map<Tile, Instant> notBefore = new HashMap<>();
    private final java.util.Set<Tile> pending = new java.util.HashSet<>();
    private int workers;
    private int failures;
    private Instant pausedUntil = Instant.MIN;

    /**
     * @param template  the server's address with {@code {z}}, {@code {x}} and {@code {y}}
     * @param cacheRoot where tiles are kept, a folder per server below it
     * @param executor  runs the fetching (at most {@link #PARALLEL} tasks at once)
     */
    public MapTiles(String template, String userAgent, Path cacheRoot, long cacheBytes, HttpClient http, Executor executor,
                    Clock clock) {
        this.template = template;
        this.userAgent = userAgent;
        this.cache = new TileCache(cacheRoot.resolve(folderName(template)), cacheBytes);
        this.http = http;
        this.executor = executor;
        this.clock = clock;
    }

    public String template() {
        return template;
    }

    /**
     * Asks for {@code tiles} (those in view now), answered through {@code listener}; what the same listener asked for
     * before and is not being fetched yet is forgotten. Tiles being fetched, or that failed a moment ago, are not
     * asked again. Returns at once.
     */
    public void want(List<Tile> tiles, Listener listener) {
        synchronized (queue) {
            queue.removeIf(r -> r.listener() == listener && pending.remove(r.tile()));
            Instant now = clock.instant();
            for (Tile tile : tiles) {
                if (!pending.contains(tile) && !notBefore.getOrDefault(tile, Instant.MIN).isAfter(now)) {
                    pending.add(tile);
                    queue.addLast(new Request(tile, listener));
                }
            }
            while (workers < PARALLEL && workers < queue.size()) {
                workers++;
                try {
                    executor.execute(this::work);
                } catch (java.util.concurrent.RejectedExecutionException closing) {
                    workers--;
                    return;
                }
            }
        }
    }

    /** Whether the last tile asked of the server failed: the map says it shows its built-in map. */
    public boolean failing() {
        synchronized (queue) {
            return failures > 0;
        }
    }

    private void work() {
        while (true) {
            Request next;
            synchronized (queue) {
                next = queue.pollFirst();
                if (next == null) {
                    workers--;
                    return;
                }
            }
            try {
                fetch(next.tile(), next.listener());
            } catch (RuntimeException e) {
                LOG.warn("Map tile {} could not be shown", next.tile(), e);
            } finally {
                synchronized (queue) {
                    pending.remove(next.tile());
                }
            }
        }
    }

    private void fetch(Tile tile, Listener listener) {
        Instant now = clock.instant();
        Optional<TileCache.Cached> kept = cache.read(tile);
        if (kept.isPresent() && kept.get().fresh(now)) {
            listener.arrived(tile, kept.get().picture());
            return;
        }
        synchronized (queue) {
            if (pausedUntil.isAfter(now)) {
                notBefore.put(tile, pausedUntil);
                kept.ifPresent(stale -> listener.arrived(tile, stale.picture()));
                return;
            }
        }
        Optional<byte[]> fetched = download(tile);
        if (fetched.isPresent()) {
            listener.arrived(tile, fetched.get());
        } else if (kept.isPresent()) {
            listener.arrived(tile, kept.get().picture());
        } else {
            listener.failed(tile);
        }
    }

    private Optional<byte[]> download(Tile tile) {
        HttpRequest request = HttpRequest.newBuilder(uri(tile)).timeout(TIMEOUT).header("User-Agent", userAgent)
                .header("Accept", "image/png,image/*;q=0.8").GET().build();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            int status = response.statusCode();
            if (status == 200 && isPicture(response)) {
                succeeded();
                expiry(response.headers(), clock.instant()).ifPresent(at -> cache.write(tile, response.body(), at));
                return Optional.of(response.body());
            }
            if (status == 404) {
                missing(tile);
            } else {
                failed(tile, status == 429 || status == 503 ? retryAfter(response.headers()) : Optional.empty(),
                        "HTTP " + status);
            }
        } catch (IOException e) {
            failed(tile, Optional.empty(), e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Optional.empty();
    }

    private static boolean isPicture(HttpResponse<byte[]> response) {
        return response.body().length > 0 && response.headers().firstValue("Content-Type")
                .map(type -> type.toLowerCase(Locale.ROOT).startsWith("image/")).orElse(true);
    }

    private void succeeded() {
        synchronized (queue) {
            failures = 0;
        }
    }

    private void missing(Tile tile) {
        synchronized (queue) {
            remember(tile, clock.instant().plus(MISSING));
        }
    }

    private void failed(Tile tile, Optional<Duration> retryAfter, String why) {
        synchronized (queue) {
            Instant now = clock.instant();
            failures++;
            remember(tile, now.plus(RETRY_TILE));
            if (failures >= FAILURES_BEFORE_PAUSE || retryAfter.isPresent()) {
                Duration pause = retryAfter.filter(d -> d.compareTo(PAUSE) > 0).orElse(PAUSE);
                pausedUntil = now.plus(pause);
                LOG.info("The street map's server failed ({}); not asked again for {} min", why, pause.toMinutes());
            }
        }
    }

    // Bounded: a long session of failures does not grow it without end.
    private void remember(Tile tile, Instant until) {
        if (notBefore.size() > 10_000) {
            notBefore.clear();
        }
        notBefore.put(tile, until);
    }

    URI uri(Tile tile) {
        return URI.create(template.replace("{z}", Integer.toString(tile.z())).replace("{x}", Integer.toString(tile.x()))
                .replace("{y}", Integer.toString(tile.y())));
    }

    /**
     * Until when a tile is fresh by the response's {@code Cache-Control} (max-age; no-cache is at once) or
     * {@code Expires}, else {@link TileCache#DEFAULT_KEEP}; empty for {@code no-store} (not kept on disk).
     */
    static Optional<Instant> expiry(HttpHeaders headers, Instant now) {
        String control = headers.firstValue("Cache-Control").orElse("").toLowerCase(Locale.ROOT);
        Optional<Instant> expires = headers.firstValue("Expires").flatMap(MapTiles::httpDate);
        for (String directive : control.split(",")) {
            String d = directive.strip();
            if (d.equals("no-store")) {
                return Optional.empty();
            }
            if (d.equals("no-cache")) {
                return Optional.of(now);
            }
            if (d.startsWith("max-age=") && d.substring(8).matches("\\d{1,10}")) {
                return Optional.of(now.plusSeconds(Long.parseLong(d.substring(8))));
            }
        }
        return Optional.of(expires.orElse(now.plus(TileCache.DEFAULT_KEEP)));
    }

    private Optional<Duration> retryAfter(HttpHeaders headers) {
        return headers.firstValue("Retry-After").map(String::strip).flatMap(value -> value.matches("\\d{1,9}")
                ? Optional.of(Duration.ofSeconds(Long.parseLong(value)))
                : httpDate(value).map(at -> Duration.between(clock.instant(), at)));
    }

    private static Optional<Instant> httpDate(String value) {
        try {
            return Optional.of(ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    // One folder per server: switching servers never mixes their pictures.
    private static String folderName(String template) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(template.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The User-Agent OpenStreetMap's tile policy asks for: the application and its version. */
    public static String userAgent(String name, String version) {
        return name + "/" + version + " (desktop app for DePIN device owners; Java HttpClient)";
    }
}
