package io.outpost.devices.nmea;

import java.util.HexFormat;
import java.util.Optional;

/**
 * UBX-SEC-UNIQID: the chip's unique id as lower-case hex, 5 bytes (message version 1, u-blox 8 and F9) or 6
 * (version 2, M10 and later).
 */
public record UbxSecUniqId(int version, String uniqueId) implements UbxFrame {
    static final int CLASS = 0x27;
    static final int ID = 0x03;
    private static final int ID_OFFSET = 4;

    static Optional<UbxFrame> decode(byte[] payload) {
        int idLength = payload.length - ID_OFFSET;
        if (idLength != 5 && idLength != 6) {
            return Optional.empty();
        }
        return Optional.of(new UbxSecUniqId(payload[0] & 0xFF,
                HexFormat.of().formatHex(payload, ID_OFFSET, payload.length)));
    }
}
