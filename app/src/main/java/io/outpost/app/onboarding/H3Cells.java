package io.outpost.app.onboarding;

import com.uber.h3core.H3Core;
import io.outpost.devices.odp.Coordinates;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Places as the network keeps them: H3 cells of resolution 12 (about 300 m²). */
public final class H3Cells {
    static final int RESOLUTION = 12;
    /** The cells the oracle counts coverage in (docs/oracle-api.md): about 0.7 km². */
    static final int AREA_RESOLUTION = 8;

    private H3Core h3;

    /** The cell that holds {@code where}. */
    public synchronized long cellOf(Coordinates where) {
        return h3().latLngToCell(where.lat(), where.lon(), RESOLUTION);
    }

    /** The coverage area (resolution 8) that holds {@code cell}, as the oracle writes it: lowercase hex. */
    public synchronized String areaOf(long cell) {
        return Long.toHexString(h3().cellToParent(cell, AREA_RESOLUTION));
    }

    // The H3 library unpacks a native library on first use: only what places a device pays for it.
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
