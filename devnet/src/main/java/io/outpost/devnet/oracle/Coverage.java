package io.outpost.devnet.oracle;

import com.uber.h3core.H3Core;
import java.io.IOException;
import java.util.OptionalLong;

/** Where a device counts: the H3 resolution-8 cell that holds its on-chain location (a resolution-12 cell). */
final class Coverage {
    static final int RESOLUTION = 8;

    private final H3Core h3;

    private Coverage(H3Core h3) {
        this.h3 = h3;
    }

    /** Loads H3's native library (needs {@code --enable-native-access=ALL-UNNAMED} on JDK 25 to stay quiet). */
    static Coverage load() throws IOException {
        return new Coverage(H3Core.newInstance());
    }

    /** The resolution-8 cell of a location; empty when the location is no H3 cell of resolution 8 or finer. */
    OptionalLong cellOf(long location) {
        if (!h3.isValidCell(location) || h3.getResolution(location) < RESOLUTION) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(h3.cellToParent(location, RESOLUTION));
    }

    /** A cell as H3's usual text: lowercase hex. */
    static String text(long cell) {
        return Long.toHexString(cell);
    }
}
