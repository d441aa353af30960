package io.outpost.views.map;

import io.outpost.app.coverage.Hexes;

/** H3 cells as outlines in the Mercator unit square. */
final class HexShapes {
    private HexShapes() {
    }

    /** The outlines of {@code cells}, each tagged with {@code tags[i]}; a cell across the antimeridian stays whole. */
    static Shapes of(Hexes hexes, long[] cells, int[] tags) {
        Shapes.Builder out = new Shapes.Builder(cells.length * 7);
        for (int i = 0; i < cells.length; i++) {
            double[] latLon = hexes.boundary(cells[i]);
            double firstLon = latLon[1];
            for (int p = 0; p < latLon.length; p += 2) {
                double lon = latLon[p + 1];
                lon += lon - firstLon > 180 ? -360 : firstLon - lon > 180 ? 360 : 0;
                out.point(Mercator.x(lon), Mercator.y(latLon[p]));
            }
            out.end(tags[i]);
        }
        return out.build();
    }
}
