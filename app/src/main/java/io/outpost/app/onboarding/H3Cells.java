package io.outpost.app.onboarding;

import com.uber.h3core.H3Core;
import io.outpost.devices.odp.Coordinates;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Places as the network keeps them: H3 cells of resolution 12 (about 300 m²). */
public final class H3Cells {
    static final int RESOLUTION = 12;

    private H3Core h3;

    /** The cell that holds {@code where}. */
    public synchronized long cellOf(Coordinates where) {
        // The H3 library unpacks a native library on first use: only what places a device pays for it.
        if (h3 == null) {
            try {
                h3 = H3Core.newInstance();
            } catch (IOException e) {
                throw new UncheckedIOException("the H3 library could not be loaded", e);
            }
        }
        return h3.latLngToCell(where.lat(), where.lon(), RESOLUTION);
    }
}
