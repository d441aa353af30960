package io.outpost.views.map;

import io.outpost.app.coverage.CoverageSnapshot;
import io.outpost.devices.odp.Coordinates;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The coverage map screen: reads this computer's devices and the network's coverage in the background each time
 * it is shown, builds the hexes there too, and hands them to its map. The first time it has devices, the map
 * goes to them.
 */
public final class CoverageMapViewModel {
    /** Loading; everything shown; or the oracle could not be asked (own devices only). */
    public enum State { LOADING, READY, NO_NETWORK }

    private final MapResources resources;
    private final Supplier<CoverageSnapshot> reader;
    private final MapViewModel map;
    private final ObjectProperty<State> state = new SimpleObjectProperty<>(State.LOADING);
    private final ObjectProperty<CoverageSnapshot> snapshot = new SimpleObjectProperty<>(CoverageSnapshot.empty());
    private boolean basemapSet;
    private boolean placed;
    private boolean reading;

    /** @param reader reads the snapshot (blocking: database and oracle); run in the background only */
    public CoverageMapViewModel(MapResources resources, Supplier<CoverageSnapshot> reader) {
        this.resources = resources;
        this.reader = reader;
        this.map = new MapViewModel(resources.hexes());
    }

    public MapViewModel map() {
        return map;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state;
    }

    public ReadOnlyObjectProperty<CoverageSnapshot> snapshotProperty() {
        return snapshot;
    }

    /** Reads the coverage again (the screen was shown, or the user asked). */
    public void refresh() {
        if (reading) {
            return;
        }
        reading = true;
        resources.whenReady(basemap -> {
            // The setting may have changed since the map was last shown.
            map.setStreetMap(resources.streetTiles().orElse(null));
            if (!basemapSet) {
                basemapSet = true;
                map.setBasemap(basemap);
            }
            resources.tasks().run(() -> {
                CoverageSnapshot read = reader.get();
                return new Loaded(read, MapLayers.of(read, resources.hexes()));
            }, this::loaded, failure -> {
                reading = false;
                state.set(State.NO_NETWORK);
            });
        });
    }

    private record Loaded(CoverageSnapshot snapshot, MapLayers layers) {
    }

    private void loaded(Loaded loaded) {
        reading = false;
        snapshot.set(loaded.snapshot());
        map.setLayers(loaded.layers());
        state.set(loaded.snapshot().epoch().isPresent() ? State.READY : State.NO_NETWORK);
        if (!placed && !loaded.layers().markers().isEmpty()) {
            placed = true;
            showMyDevices();
        }
    }

    /** Moves the map to this computer's devices (the world when there are none). */
    public void showMyDevices() {
        List<Coordinates> where = map.layers().markers().stream().map(m -> new Coordinates(m.lat(), m.lon())).toList();
        map.fit(where, MapViewModel.PLACE_ZOOM);
    }
}
