package io.outpost.app.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import io.outpost.app.AppInfo;
import io.outpost.app.AppServices;
import io.outpost.app.doctor.SystemFacts;
import io.outpost.app.settings.StreetMap;
import io.outpost.app.storage.AppDirectories;
import io.outpost.devnet.oracle.TestClock;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The street map's fetcher against a real tile server on loopback. */
class MapTilesTest {
    private static final MapTiles.Tile BERLIN = new MapTiles.Tile(15, 17600, 10745);

    @TempDir
    Path cache;
    private final TileServer server = new TileServer();
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final HttpClient http = HttpClient.newHttpClient();
    private final TestClock clock = new TestClock(Instant.parse("2026-03-01T12:00:00Z").getEpochSecond());
    private final Heard heard = new Heard();

    MapTilesTest() throws Exception {
    }

    @AfterEach
    void stop() {
        server.close();
        threads.shutdownNow();
        http.close();
    }

    private MapTiles tiles(long cacheBytes) {
        return new MapTiles(server.template(), MapTiles.userAgent("Outpost", "9.9.9"), cache, cacheBytes, http, threads,
                clock);
    }

    @Test
    void aTileIsFetchedOnceWithOutpostsUserAgentAndThenComesFromTheDisk() throws Exception {
        tiles(MapTiles.CACHE_BYTES).want(List.of(BERLIN), heard);
        await(() -> heard.arrived.containsKey(BERLIN));
        assertThat(heard.arrived.get(BERLIN)).startsWith(0x89, 'P', 'N', 'G');
        assertThat(server.paths()).containsExactly("/15/17600/10745.png");
        assertThat(server.userAgents()).singleElement().asString().startsWith("Outpost/9.9.9 (");

        // Another run of the app: the tile is on disk and still fresh, the server is not asked.
        Heard again = new Heard();
        tiles(MapTiles.CACHE_BYTES).want(List.of(BERLIN), again);
        await(() -> again.arrived.containsKey(BERLIN));
        assertThat(server.paths()).hasSize(1);
    }

    @Test
    void theServersExpiryIsHonouredAndNoStoreIsNotKept() throws Exception {
        server.cacheControl("public, max-age=60");
        MapTiles tiles = tiles(MapTiles.CACHE_BYTES);
        fetch(tiles, BERLIN);
        fetch(tiles, BERLIN);
        assertThat(server.paths()).as("fresh for a minute").hasSize(1);
        clock.advance(61);
        fetch(tiles, BERLIN);
        assertThat(server.paths()).as("expired: fetched again").hasSize(2);

        server.cacheControl("no-store");
        MapTiles.Tile other = new MapTiles.Tile(15, 17601, 10745);
        fetch(tiles, other);
        fetch(tiles, other);
        assertThat(server.paths()).hasSize(4);
    }

    @Test
    void atMostTwoAtOnceAndOnlyWhatIsInViewNow() throws Exception {
        server.hold();
        MapTiles tiles = tiles(MapTiles.CACHE_BYTES);
        tiles.want(row(0, 6), heard);
        await(() -> server.paths().size() == 2);
        Thread.sleep(200);
        assertThat(server.paths()).as("two fetched at once, four waiting").hasSize(2);
        // The map moved on: the four waiting are not fetched any more, the two of the new view are.
        tiles.want(row(10, 2), heard);
        server.release();
        await(() -> heard.arrived.size() == 4);
        Thread.sleep(200);
        assertThat(server.paths()).containsExactlyInAnyOrder("/12/0/7.png", "/12/1/7.png", "/12/10/7.png", "/12/11/7.png");
        assertThat(server.mostAtOnce()).isEqualTo(MapTiles.PARALLEL);
    }

    @Test
    void failuresLeaveTheServerAloneForAWhileAndKeptTilesStillShow() throws Exception {
        MapTiles tiles = tiles(MapTiles.CACHE_BYTES);
        server.cacheControl("max-age=60");
        fetch(tiles, BERLIN);
        clock.advance(120);
        server.status(500);
        tiles.want(List.of(BERLIN), heard);
        await(() -> heard.arrived.containsKey(BERLIN));
        assertThat(server.paths()).as("asked, failed, the expired copy shown").hasSize(2);
        assertThat(tiles.failing()).isTrue();

        // Two more in a row make three: the server is left alone.
        for (MapTiles.Tile tile : row(0, 2)) {
            tiles.want(List.of(tile), heard);
            await(() -> heard.failed.containsKey(tile));
        }
        tiles.want(row(0, 5), heard);
        Thread.sleep(200);
        assertThat(server.paths()).as("three failures in a row: paused").hasSize(4);
        clock.advance(120);
        tiles.want(row(0, 5), heard);
        Thread.sleep(200);
        assertThat(server.paths()).as("still paused").hasSize(4);

        clock.advance(MapTiles.PAUSE.toSeconds());
        server.status(200);
        tiles.want(row(0, 5), heard);
        await(() -> heard.arrived.size() == 6);
        assertThat(server.paths()).hasSize(9);
        assertThat(tiles.failing()).isFalse();
    }

    @Test
    void theDiskCacheStaysUnderItsBound() throws Exception {
        long one = TileServer.picture("/12/0/7.png").length;
        MapTiles tiles = tiles(one * 5 / 2);
        for (MapTiles.Tile tile : row(0, 6)) {
            fetch(tiles, tile);
        }
        TileCache disk = new TileCache(cache.resolve(cache.toFile().list()[0]), 0);
        assertThat(disk.measure()).isPositive().isLessThanOrEqualTo(one * 5 / 2);
    }

    @Test
    void expiryFromTheResponse() {
        Instant now = Instant.parse("2026-03-01T12:00:00Z");
        assertThat(MapTiles.expiry(headers(Map.of("Cache-Control", "max-age=3600")), now)).contains(now.plusSeconds(3600));
        assertThat(MapTiles.expiry(headers(Map.of("Cache-Control", "no-store")), now)).isEmpty();
        assertThat(MapTiles.expiry(headers(Map.of("Expires", "Sun, 08 Mar 2026 12:00:00 GMT")), now))
                .contains(Instant.parse("2026-03-08T12:00:00Z"));
        assertThat(MapTiles.expiry(headers(Map.of()), now)).contains(now.plus(Duration.ofDays(7)));
    }

    @Test
    void theAppAsksNoServerWhileTheSettingIsOff() throws Exception {
        SystemFacts facts = new SystemFacts(Runtime.version(), Optional.of("25"), "Linux", "6", "amd64", "root");
        try (AppServices services = new AppServices(AppInfo.fromBuild(), AppDirectories.portable(cache), facts,
                Clock.systemUTC())) {
            StreetMap setting = new StreetMap(false, server.template(), null);
            assertThat(services.mapTiles(setting)).isEmpty();
            MapTiles on = services.mapTiles(setting.withEnabled(true)).orElseThrow();
            on.want(List.of(BERLIN), heard);
            await(() -> heard.arrived.containsKey(BERLIN));
            assertThat(server.userAgents()).containsExactly(MapTiles.userAgent("Outpost", AppInfo.fromBuild().version()));
            assertThat(cache.resolve("cache/map-tiles")).isDirectory();
        }
    }

    private void fetch(MapTiles tiles, MapTiles.Tile tile) throws Exception {
        Heard once = new Heard();
        tiles.want(List.of(tile), once);
        await(() -> once.arrived.containsKey(tile));
    }

    private static List<MapTiles.Tile> row(int from, int n) {
        return IntStream.range(from, from + n).mapToObj(x -> new MapTiles.Tile(12, x, 7)).toList();
    }

    private static HttpHeaders headers(Map<String, String> values) {
        return HttpHeaders.of(values.entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
                e -> List.of(e.getValue()))), (a, b) -> true);
    }

    private static void await(BooleanSupplier done) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!done.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 10 s").isLessThan(until);
            Thread.sleep(10);
        }
    }

    private static final class Heard implements MapTiles.Listener {
        final Map<MapTiles.Tile, byte[]> arrived = new ConcurrentHashMap<>();
        final Map<MapTiles.Tile, Boolean> failed = new ConcurrentHashMap<>();

        @Override
        public void arrived(MapTiles.Tile tile, byte[] picture) {
            arrived.put(tile, picture);
        }

        @Override
        public void failed(MapTiles.Tile tile) {
            failed.put(tile, true);
        }
    }
}
