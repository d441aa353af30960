package io.outpost.views.map;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;

/**
 * The offline basemap shipped with the app: Natural Earth's land (1:50m) and the borders between countries,
 * converted once by build-support/basemap/convert.mjs (format there; ADR 0019). In unit-square coordinates.
 */
public record Basemap(Shapes land, Shapes borders) {
    static final String RESOURCE = "basemap-50m.bin";
    private static final int MAGIC = 0x4f50424d; // "OPBM"

    public static Basemap empty() {
        return new Basemap(Shapes.none(), Shapes.none());
    }

    /** Reads the shipped basemap (about 250 KB; do it in the background). */
    public static Basemap shipped() {
        try (InputStream in = Basemap.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("the basemap " + RESOURCE + " is missing from the application");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Basemap read(InputStream gzipped) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(gzipped)));
        if (in.readInt() != MAGIC || varint(in) != 1) {
            throw new IOException("not an Outpost basemap of version 1");
        }
        Shapes.Builder land = new Shapes.Builder(100_000);
        long polygons = varint(in);
        for (long p = 0; p < polygons; p++) {
            long rings = varint(in);
            for (long r = 0; r < rings; r++) {
                points(in, land);
            }
        }
        Shapes.Builder borders = new Shapes.Builder(20_000);
        long lines = varint(in);
        for (long l = 0; l < lines; l++) {
            points(in, borders);
        }
        return new Basemap(land.build(), borders.build());
    }

    private static void points(DataInputStream in, Shapes.Builder into) throws IOException {
        long count = varint(in);
        long lon = 0;
        long lat = 0;
        for (long i = 0; i < count; i++) {
            lon += varint(in);
            lat += varint(in);
            into.point(Mercator.x(lon / 1e4), Mercator.y(lat / 1e4));
        }
        into.end(0);
    }

    // A zigzag varint: 7 bits a byte, low first; the sign in the lowest bit.
    private static long varint(DataInputStream in) throws IOException {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException("the basemap ends mid-number");
            }
            value |= (long) (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                return (value >>> 1) ^ -(value & 1);
            }
        }
        throw new IOException("a number in the basemap is too long");
    }
}
