package io.outpost.app.coverage;

import com.uber.h3core.H3Core;
import com.uber.h3core.util.LatLng;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The shapes of H3 cells for the coverage map: a device's place (resolution 12, about 300 m²) and the area the
 * oracle counts it in (resolution 8, about 0.7 km²). The first call loads H3's native library: call it off
 * the UI thread once ({@link #load()}).
 */
public final class Hexes {
    public static final int PLACE_RESOLUTION = 12;
    public static final int AREA_RESOLUTION = 8;

    private H3Core h3;

    /** Loads the native library now (a file is unpacked): do this in the background before drawing. */
    public synchronized Hexes load() {
        h3();
        return this;
    }

    /** The cell of resolution {@code resolution} that holds the point. */
    public synchronized long cellAt(double lat, double lon, int resolution) {
        return h3().latLngToCell(lat, lon, resolution);
    }

    /** The coverage area (resolution 8) of a place or any finer cell. */
    public synchronized long areaOf(long cell) {
        return h3().getResolution(cell) <= AREA_RESOLUTION ? cell : h3().cellToParent(cell, AREA_RESOLUTION);
    }

    /** The oracle's lowercase hex of a cell, and back. */
    public static String text(long cell) {
        return Long.toHexString(cell);
    }

    public static long parse(String cell) {
        return Long.parseUnsignedLong(cell, 16);
    }

    /** The cell's centre as {@code {lat, lon}}. */
    public synchronized double[] center(long cell) {
        LatLng center = h3().cellToLatLng(cell);
        return new double[] {center.lat, center.lng};
    }

    /** The cell's outline: latitudes and longitudes alternating, six corners (a few more near an icosahedron's edge). */
    public synchronized double[] boundary(long cell) {
        List<LatLng> corners = h3().cellToBoundary(cell);
        double[] latLon = new double[corners.size() * 2];
        for (int i = 0; i < corners.size(); i++) {
            latLon[2 * i] = corners.get(i).lat;
            latLon[2 * i + 1] = corners.get(i).lng;
        }
        return latLon;
    }

    private H3Core h3() {
        if (h3 == null) {
            try {
                h3 = H3Core.newInstance();
            } catch (IOException e) {
                throw new UncheckedIOException("the H3 library could not be loaded", e);
            }
        }
        return h3;
    }
}
