package io.outpost.app.onboarding;

import io.outpost.app.coverage.Hexes;
import io.outpost.devices.odp.Coordinates;

/** Places as the network keeps them: H3 cells of resolution 12 (about 300 m²). */
public final class H3Cells {
    // The H3 library unpacks a native library on first use: only what places a device pays for it.
    private final Hexes hexes = new Hexes();

    /** The cell that holds {@code where}. */
    public long cellOf(Coordinates where) {
        return hexes.cellAt(where.lat(), where.lon(), Hexes.PLACE_RESOLUTION);
    }

    /** The coverage area (resolution 8, the oracle's: docs/oracle-api.md) that holds {@code cell}, as the oracle writes it: lowercase hex. */
    public String areaOf(long cell) {
        return Hexes.text(hexes.areaOf(cell));
    }
}
