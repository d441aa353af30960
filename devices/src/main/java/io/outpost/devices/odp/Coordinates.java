package io.outpost.devices.odp;

/** A position in degrees, WGS 84. */
public record Coordinates(double lat, double lon) {
    public Coordinates {
        if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
            throw new IllegalArgumentException("not a position: lat must be -90..90 and lon -180..180");
        }
    }
}
