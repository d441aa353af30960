package io.outpost.views.map;

import io.outpost.app.coverage.Hexes;
import io.outpost.app.tasks.TaskRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.LoggerFactory;

/**
 * What every map needs, loaded once in the background and shared: the basemap (read from the application's
 * resources) and H3 (its native library unpacked). Maps ask with {@link #whenReady}; until then they show the
 * sea and say they are loading.
 */
public final class MapResources {
    private final TaskRunner tasks;
    private final Hexes hexes = new Hexes();
    private final List<Consumer<Basemap>> waiting = new ArrayList<>();
    private Basemap basemap;
    private boolean loading;

    public MapResources(TaskRunner tasks) {
        this.tasks = tasks;
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
