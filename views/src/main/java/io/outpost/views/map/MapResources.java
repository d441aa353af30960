package io.outpost.views.map;

import io.outpost.app.coverage.Hexes;
import io.outpost.app.coverage.MapTiles;
import io.outpost.app.tasks.TaskRunner;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.image.Image;
import org.slf4j.LoggerFactory;

/**
 * What every map needs, loaded once in the background and shared: the basemap (read from the application's
 * resources) and H3 (its native library unpacked). Maps ask with {@link #whenReady}; until then they show the
 * sea and say they are loading.
 */
public final class MapResources {
    private final TaskRunner tasks;
    private final Supplier<Optional<StreetTiles<?>>> streetMap;
    private final Hexes hexes = new Hexes();
    private final List<Consumer<Basemap>> waiting = new ArrayList<>();
    private Basemap basemap;
    private boolean loading;

    /** Maps without the street map. */
    public MapResources(TaskRunner tasks) {
        this(tasks, Optional::empty);
    }

    /** @param streetMap the street map's tiles as the settings are now; empty when it is off */
    public MapResources(TaskRunner tasks, Supplier<Optional<StreetTiles<?>>> streetMap) {
        this.tasks = tasks;
        this.streetMap = streetMap;
    }

    /** The street map's tiles for one map, as chosen in the settings now: empty when it is off. */
    public Optional<StreetTiles<?>> streetTiles() {
        return streetMap.get();
    }

    /** Tiles from {@code source} decoded into images on the fetching threads, handed to the UI thread of {@code tasks}. */
    public static StreetTiles<?> streetTiles(MapTiles source, String attribution, TaskRunner tasks) {
        return new StreetTiles<>(source, attribution, bytes -> {
            Image picture = new Image(new ByteArrayInputStream(bytes));
            return picture.isError() ? null : picture;
        }, tasks::onUi);
    }

    public Hexes hexes() {
        return hexes;
    }

    public TaskRunner tasks() {
        return tasks;
    }

    /** Runs {@code ready} with the basemap once it and H3 are loaded (at once when they are); on the UI thread. */
    public void whenReady(Consumer<Basemap> ready) {
        if (basemap != null) {
            ready.accept(basemap);
            return;
        }
        waiting.add(ready);
        if (!loading) {
            loading = true;
            tasks.run(() -> {
                hexes.load();
                return Basemap.shipped();
            }, this::loaded, failure -> {
                LoggerFactory.getLogger(MapResources.class).warn("The map could not be loaded", failure);
                loaded(Basemap.empty());
            });
        }
    }

    private void loaded(Basemap map) {
        basemap = map;
        List<Consumer<Basemap>> now = List.copyOf(waiting);
        waiting.clear();
        now.forEach(r -> r.accept(map));
    }
}
