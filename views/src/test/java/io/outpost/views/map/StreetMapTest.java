package io.outpost.views.map;

import static org.assertj.core.api.Assertions.assertThat;

import io.outpost.app.coverage.CoverageSnapshot;
import io.outpost.app.coverage.Hexes;
import io.outpost.app.coverage.MapTiles;
import io.outpost.app.coverage.TileServer;
import io.outpost.app.tasks.TaskRunner;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The coverage map with the street map on and off, without a toolkit: tiles from a real tile server on loopback,
 * kept as bytes; this thread plays the UI thread and runs what is handed to it.
 */
class StreetMapTest {
    @TempDir
    Path cache;
    private final TileServer server = new TileServer();
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final HttpClient http = HttpClient.newHttpClient();
    private final LinkedBlockingQueue<Runnable> ui = new LinkedBlockingQueue<>();
    private final AtomicBoolean on = new AtomicBoolean(true);
    private final AtomicReference<MapTiles> tiles = new AtomicReference<>();
    private final MapResources resources = new MapResources(TaskRunner.sameThread(), () -> on.get()
            ? Optional.of(new StreetTiles<>(tiles.get(), "© OpenStreetMap contributors", bytes -> bytes, ui::add))
            : Optional.empty());
    private final Hexes hexes = resources.hexes();
    private final CoverageMapViewModel coverage = new CoverageMapViewModel(resources, this::berlin);
    private final MapViewModel map = coverage.map();

    StreetMapTest() throws Exception {
    }

    @BeforeEach
    void start() {
        tiles.set(new MapTiles(server.template(), MapTiles.userAgent("Outpost", "test"), cache, MapTiles.CACHE_BYTES,
                http, threads, Clock.systemUTC()));
    }

    @AfterEach
    void stop() {
        server.close();
        threads.shutdownNow();
        http.close();
    }

    private CoverageSnapshot berlin() {
        long place = hexes.cellAt(52.52, 13.405, 12);
        return new CoverageSnapshot(List.of(new CoverageSnapshot.OwnDevice("Roof antenna", place)),
                List.of(new CoverageSnapshot.Area(hexes.areaOf(place), 1)), Optional.of(3L));
    }

    @Test
    void theTilesInViewAreFetchedOnceAndTheMapDrawsAgainWhenTheyArrive() throws Exception {
        coverage.refresh();
        assertThat(map.zoom()).isEqualTo(MapViewModel.PLACE_ZOOM);
        long content = map.content();
        long revision = map.revisionProperty().get();
        map.frame();
        Set<String> inView = paths(map);
        assertThat(inView).isNotEmpty();
        await(() -> server.paths().size() == inView.size());
        assertThat(Set.copyOf(server.paths())).isEqualTo(inView);
        awaitOnUi(() -> StreetTiles.covering(map.zoom(), map.originX(), map.originY(), map.width(), map.height())
                .stream().allMatch(t -> map.streetTiles().picture(t.z(), t.x(), t.y()) != null));
        assertThat(map.content()).as("the drawn base is stale").isGreaterThan(content);
        assertThat(map.revisionProperty().get() - revision).as("a redraw per batch, not per tile").isLessThan(inView.size());
        assertThat(map.streetMapFailingProperty().get()).isFalse();

        map.frame();
        map.panBy(512, 0);
        map.frame();
        Set<String> after = paths(map);
        after.removeAll(inView);
        await(() -> server.paths().size() == inView.size() + after.size());
        Thread.sleep(200);
        assertThat(server.paths()).as("only the two columns that came into view").hasSize(inView.size() + after.size());
        assertThat(after).hasSize(2 * inView.stream().map(p -> p.substring(p.lastIndexOf('/'))).collect(Collectors.toSet()).size());
    }

    @Test
    void withTheSettingOffNoServerIsAsked() throws Exception {
        on.set(false);
        coverage.refresh();
        for (int i = 0; i < 3; i++) {
            map.frame();
            map.zoomIn();
            map.panBy(300, 200);
        }
        map.frame();
        assertThat(map.streetTiles()).isNull();
        Thread.sleep(200);
        assertThat(server.paths()).isEmpty();

        // Switched on in the settings: the map takes it when it is shown again.
        on.set(true);
        coverage.refresh();
        map.frame();
        await(() -> !server.paths().isEmpty());
    }

    @Test
    void aFailingServerIsLeftAloneAndTheMapSaysSo() throws Exception {
        server.status(429);
        coverage.refresh();
        map.frame();
        awaitOnUi(() -> map.streetMapFailingProperty().get());
        Thread.sleep(200);
        runUi();
        map.frame();
        Thread.sleep(200);
        assertThat(server.paths()).as("Retry-After: the rest not asked").hasSizeLessThanOrEqualTo(MapTiles.PARALLEL);
    }

    private static Set<String> paths(MapViewModel map) {
        return StreetTiles.covering(map.zoom(), map.originX(), map.originY(), map.width(), map.height()).stream()
                .map(t -> "/" + t.z() + "/" + t.x() + "/" + t.y() + ".png").collect(Collectors.toSet());
    }

    private void runUi() {
        for (Runnable next; (next = ui.poll()) != null; ) {
            next.run();
        }
    }

    private void awaitOnUi(BooleanSupplier done) throws Exception {
        await(() -> {
            runUi();
            return done.getAsBoolean();
        });
    }

    private static void await(BooleanSupplier done) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!done.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 10 s").isLessThan(until);
            Thread.sleep(10);
        }
    }
}
