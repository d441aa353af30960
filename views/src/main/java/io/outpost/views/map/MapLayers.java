package io.outpost.views.map;

import io.outpost.app.coverage.CoverageSnapshot;
import io.outpost.app.coverage.Hexes;
import java.util.List;

/**
 * What the coverage map draws over the basemap, in the Mercator unit square: the network's coverage areas (each
 * tagged with its {@link MapViewModel#shade shade}), the areas of this computer's devices, and a marker per
 * device at its place. Built in the background (each outline is a call into H3).
 */
public record MapLayers(Shapes network, long[] networkCells, Shapes ownAreas, long[] ownAreaCells, List<Marker> markers) {
    /** A device at its place (the centre of its resolution-12 cell). */
    public record Marker(String name, double lat, double lon) {
    }

    public static MapLayers none() {
        return new MapLayers(Shapes.none(), new long[0], Shapes.none(), new long[0], List.of());
    }

    public static MapLayers of(CoverageSnapshot snapshot, Hexes hexes) {
        long[] cells = snapshot.areas().stream().mapToLong(CoverageSnapshot.Area::cell).toArray();
        int[] shades = snapshot.areas().stream().mapToInt(a -> MapViewModel.shade(a.devices())).toArray();
        long[] own = snapshot.devices().stream().mapToLong(d -> hexes.areaOf(d.place())).distinct().toArray();
        List<Marker> markers = snapshot.devices().stream().map(d -> {
            double[] center = hexes.center(d.place());
            return new Marker(d.name(), center[0], center[1]);
        }).toList();
        return new MapLayers(HexShapes.of(hexes, cells, shades), cells, HexShapes.of(hexes, own, new int[own.length]), own,
                markers);
    }
}
