package io.outpost.views.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.outpost.app.coverage.CoverageSnapshot;
import io.outpost.app.coverage.Hexes;
import io.outpost.devices.odp.Coordinates;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The map's ViewModel without a toolkit: projection, zoom and pan limits, shading, picking, caching. */
class MapViewModelTest {
    private static final Hexes HEXES = new Hexes().load();
    private static final Coordinates BERLIN = new Coordinates(52.52, 13.405);

    private final MapViewModel map = new MapViewModel(HEXES);

    @Test
    void mercatorGoesThereAndBack() {
        for (double[] p : new double[][] {{0, 0}, {52.52, 13.405}, {-33.87, 151.21}, {64.15, -21.94}, {-54.8, -68.3}}) {
            assertThat(Mercator.lat(Mercator.y(p[0]))).isCloseTo(p[0], within(1e-9));
            assertThat(Mercator.lon(Mercator.x(p[1]))).isCloseTo(p[1], within(1e-9));
        }
        assertThat(Mercator.y(0)).isEqualTo(0.5);
        assertThat(Mercator.y(90)).as("the poles are clamped to the square's edge").isCloseTo(0, within(1e-9));
        assertThat(Mercator.x(180)).isEqualTo(1);
    }

    @Test
    void aPixelAndItsPlaceGoThereAndBackAtEveryZoom() {
        map.resize(900, 600);
        for (int zoom = MapViewModel.MIN_ZOOM; zoom <= MapViewModel.MAX_ZOOM; zoom++) {
            map.centerOn(BERLIN, zoom);
            double[] px = map.pixelOf(new Coordinates(52.5, 13.4));
            Coordinates back = map.coordinatesAt(px[0], px[1]);
            assertThat(back.lat()).isCloseTo(52.5, within(1e-9));
            assertThat(back.lon()).isCloseTo(13.4, within(1e-9));
            assertThat(map.pixelOf(BERLIN)[0]).isCloseTo(450, within(1e-6));
        }
    }

    @Test
    void zoomStopsAtTheWorldAndAtAStreetBlock() {
        for (int i = 0; i < 30; i++) {
            map.zoomIn();
        }
        assertThat(map.zoom()).isEqualTo(MapViewModel.MAX_ZOOM);
        // At the closest zoom a coverage area (resolution 8, about 1 km across) is far larger than the view's pixels.
        assertThat(Mercator.metresPerPixel(52.52, map.zoom())).isLessThan(1);
        for (int i = 0; i < 30; i++) {
            map.zoomOut();
        }
        assertThat(map.zoom()).isEqualTo(MapViewModel.MIN_ZOOM);
    }

    @Test
    void zoomingAroundAPointKeepsItUnderTheMouse() {
        map.resize(800, 500);
        map.centerOn(BERLIN, 10);
        Coordinates under = map.coordinatesAt(100, 120);
        map.zoomAround(3, 100, 120);
        assertThat(map.zoom()).isEqualTo(13);
        Coordinates after = map.coordinatesAt(100, 120);
        assertThat(after.lat()).isCloseTo(under.lat(), within(1e-9));
        assertThat(after.lon()).isCloseTo(under.lon(), within(1e-9));
    }

    @Test
    void panningStopsAtTheEdgeOfTheWorld() {
        map.resize(800, 500);
        map.centerOn(BERLIN, 3);
        map.panBy(-1e9, -1e9);
        assertThat(map.center().lon()).isEqualTo(-180);
        assertThat(map.center().lat()).isCloseTo(Mercator.MAX_LATITUDE, within(1e-9));
        map.panBy(1e9, 1e9);
        assertThat(map.center().lon()).isEqualTo(180);
        assertThat(map.center().lat()).isCloseTo(-Mercator.MAX_LATITUDE, within(1e-9));
    }

    @Test
    void onlyAChangeAsksForADrawing() {
        map.centerOn(BERLIN, 5);
        long before = map.revisionProperty().get();
        map.panBy(0, 0);
        map.centerOn(BERLIN, 5);
        map.zoomAround(0, 10, 10);
        assertThat(map.revisionProperty().get()).isEqualTo(before);
        map.panBy(3, 0);
        assertThat(map.revisionProperty().get()).isEqualTo(before + 1);
    }

    @Test
    void areasAreShadedByHowManyDevicesShareThem() {
        assertThat(List.of(1, 2, 3, 4, 9, 10, 500).stream().map(MapViewModel::shade).toList())
                .containsExactly(0, 1, 1, 2, 2, 3, 3);
        long a = area(52.52, 13.405);
        long b = area(48.137, 11.575);
        long c = area(40.4168, -3.7038);
        MapLayers layers = MapLayers.of(new CoverageSnapshot(List.of(), List.of(new CoverageSnapshot.Area(a, 1),
                new CoverageSnapshot.Area(b, 3), new CoverageSnapshot.Area(c, 12)), Optional.of(4L)), HEXES);
        assertThat(layers.network().size()).isEqualTo(3);
        assertThat(List.of(layers.network().tag(0), layers.network().tag(1), layers.network().tag(2))).containsExactly(0, 1, 3);
        assertThat(layers.network().to(0) - layers.network().from(0)).as("a hexagon's corners").isEqualTo(6);
    }

    @Test
    void aClickPicksItsPlaceAndTheAreaAroundIt() {
        map.resize(800, 500);
        map.centerOn(BERLIN, 16);
        MapViewModel.Pick pick = map.pickAt(600, 100);
        Coordinates expected = map.coordinatesAt(600, 100);
        assertThat(pick.where()).isEqualTo(expected);
        assertThat(pick.place()).isEqualTo(HEXES.cellAt(expected.lat(), expected.lon(), 12));
        assertThat(pick.area()).isEqualTo(HEXES.areaOf(pick.place())).isNotEqualTo(area(52.52, 13.405) + 1);
        assertThat(map.picked()).contains(pick);
        assertThat(map.outline(pick.place()).size()).isEqualTo(1);
    }

    @Test
    void ownDevicesAreDrawnWhereTheyAreAndNotElsewhere() {
        map.resize(800, 500);
        map.setLayers(MapLayers.of(new CoverageSnapshot(List.of(new CoverageSnapshot.OwnDevice("Roof antenna",
                HEXES.cellAt(52.52, 13.405, 12))), List.of(), Optional.of(2L)), HEXES));
        map.fit(List.of(BERLIN), MapViewModel.PLACE_ZOOM);
        map.frame();
        assertThat(map.drawnOwnAreas()).containsExactly(area(52.52, 13.405));
        assertThat(map.lastFrame().drawnHexes()).isEqualTo(1);
        map.centerOn(new Coordinates(-33.87, 151.21), MapViewModel.PLACE_ZOOM);
        map.frame();
        assertThat(map.drawnOwnAreas()).isEmpty();
    }

    @Test
    void shapesAreProjectedOncePerZoomLevel() {
        map.setBasemap(Basemap.shipped());
        map.centerOn(BERLIN, 6);
        MapFrame first = map.frame();
        map.panBy(200, 50);
        assertThat(map.frame().land()).as("panning reuses the level's projection").isSameAs(first.land());
        map.zoomIn();
        assertThat(map.frame().land()).isNotSameAs(first.land());
        map.zoomOut();
        assertThat(map.frame().land()).as("kept for the levels last seen").isSameAs(first.land());
    }

    @Test
    void theShippedBasemapHoldsTheWorldsLandAndBorders() {
        Basemap world = Basemap.shipped();
        assertThat(world.land().size()).isGreaterThan(1000);
        assertThat(world.borders().size()).isGreaterThan(100);
        // Simplified for the world at zoom 1, the land is a small fraction of the data's points.
        Shapes far = world.land().project(Mercator.worldPixels(1), true);
        assertThat(far.to(far.size() - 1)).isLessThan(world.land().to(world.land().size() - 1) / 3);
    }

    private static long area(double lat, double lon) {
        return HEXES.areaOf(HEXES.cellAt(lat, lon, 12));
    }
}
