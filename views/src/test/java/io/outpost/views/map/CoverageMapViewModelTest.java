package io.outpost.views.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.outpost.app.coverage.CoverageSnapshot;
import io.outpost.app.coverage.Hexes;
import io.outpost.app.tasks.TaskRunner;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The coverage screen's ViewModel, its background work run in place. */
class CoverageMapViewModelTest {
    private final MapResources resources = new MapResources(TaskRunner.sameThread());
    private final Hexes hexes = resources.hexes();
    private final AtomicReference<CoverageSnapshot> oracle = new AtomicReference<>();
    private final CoverageMapViewModel model = new CoverageMapViewModel(resources, oracle::get);

    @Test
    void readsTheCoverageAndGoesToTheOwnDevices() {
        long place = new Hexes().cellAt(48.137, 11.575, 12);
        oracle.set(new CoverageSnapshot(List.of(new CoverageSnapshot.OwnDevice("Balcony", place)),
                List.of(new CoverageSnapshot.Area(hexes.areaOf(place), 2)), Optional.of(7L)));
        assertThat(model.stateProperty().get()).isEqualTo(CoverageMapViewModel.State.LOADING);

        model.refresh();

        assertThat(model.stateProperty().get()).isEqualTo(CoverageMapViewModel.State.READY);
        assertThat(model.map().zoom()).isEqualTo(MapViewModel.PLACE_ZOOM);
        assertThat(model.map().center().lat()).isCloseTo(48.137, within(0.01));
        assertThat(model.map().layers().network().tag(0)).isEqualTo(1);
        model.map().frame();
        assertThat(model.map().drawnOwnAreas()).containsExactly(hexes.areaOf(place));
        assertThat(model.map().lastFrame().drawnHexes()).isEqualTo(2);
    }

    @Test
    void withoutTheOracleItShowsTheOwnDevicesAndSaysSo() {
        oracle.set(new CoverageSnapshot(List.of(), List.of(), Optional.empty()));
        model.refresh();
        assertThat(model.stateProperty().get()).isEqualTo(CoverageMapViewModel.State.NO_NETWORK);
        assertThat(model.map().zoom()).as("nothing to go to: the world").isEqualTo(2);
    }
}
