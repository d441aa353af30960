package io.outpost.views.map;

/**
 * Web Mercator, as web maps draw the world: longitude and latitude to a unit square ({@code x} east from the
 * antimeridian, {@code y} south from the top), and back. The map's pixels at zoom {@code z} are the square times
 * {@link #worldPixels(int)}. Latitudes beyond ±85.05° (where the square ends) are clamped.
 */
public final class Mercator {
    public static final double MAX_LATITUDE = 85.0511287798066;
    private static final double TILE = 256;

    private Mercator() {
    }

    public static double x(double lon) {
        return (lon + 180) / 360;
    }

    public static double y(double lat) {
        double clamped = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat));
        double sin = Math.sin(Math.toRadians(clamped));
        return 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
    }

    public static double lon(double x) {
        return x * 360 - 180;
    }

    public static double lat(double y) {
        return Math.toDegrees(Math.atan(Math.sinh(Math.PI * (1 - 2 * y))));
    }

    /** The width (and height) of the whole world in pixels at {@code zoom}: 256 at zoom 0, doubling per level. */
    public static double worldPixels(int zoom) {
        return TILE * Math.pow(2, zoom);
    }

    /** Metres on the ground per pixel at {@code lat} and {@code zoom} (the equator's circumference over the world's pixels). */
    public static double metresPerPixel(double lat, int zoom) {
        return 40_075_016.686 * Math.cos(Math.toRadians(lat)) / worldPixels(zoom);
    }
}
