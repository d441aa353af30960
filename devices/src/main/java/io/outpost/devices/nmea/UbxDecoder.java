package io.outpost.devices.nmea;

import java.util.Arrays;
import java.util.Optional;

/** Turns a checksum-valid UBX message into its record; one that does not fit its layout stays generic. */
final class UbxDecoder {
    private UbxDecoder() {
    }

    /** The payload is {@code length} bytes of {@code bytes} from {@code from}; it is copied only when decoded. */
    static UbxFrame decode(int messageClass, int messageId, byte[] bytes, int from, int length) {
        Optional<UbxFrame> known = Optional.empty();
        if (messageClass == UbxMonVer.CLASS && messageId == UbxMonVer.ID) {
            known = UbxMonVer.decode(Arrays.copyOfRange(bytes, from, from + length));
        } else if (messageClass == UbxSecUniqId.CLASS && messageId == UbxSecUniqId.ID) {
            known = UbxSecUniqId.decode(Arrays.copyOfRange(bytes, from, from + length));
        }
        return known.orElseGet(() -> new GenericUbx(messageClass, messageId, length));
    }
}
