package io.outpost.devices.nmea;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * UBX-MON-VER: the receiver's software and hardware versions and its extension strings (firmware, protocol
 * version, module, GNSS supported), each as the receiver sent it without the NUL padding.
 */
public record UbxMonVer(String software, String hardware, List<String> extensions) implements UbxFrame {
    static final int CLASS = 0x0A;
    static final int ID = 0x04;
    private static final int SOFTWARE = 30;
    private static final int HARDWARE = 10;
    private static final int EXTENSION = 30;

    public UbxMonVer {
        extensions = List.copyOf(extensions);
    }

    static Optional<UbxFrame> decode(byte[] payload) {
        int fixed = SOFTWARE + HARDWARE;
        if (payload.length < fixed || (payload.length - fixed) % EXTENSION != 0) {
            return Optional.empty();
        }
        List<String> extensions = new ArrayList<>();
        for (int at = fixed; at < payload.length; at += EXTENSION) {
            extensions.add(string(payload, at, EXTENSION));
        }
        return Optional.of(new UbxMonVer(string(payload, 0, SOFTWARE), string(payload, SOFTWARE, HARDWARE),
                extensions));
    }

    private static String string(byte[] payload, int from, int length) {
        int end = from;
        while (end < from + length && payload[end] != 0) {
            end++;
        }
        return new String(payload, from, end - from, StandardCharsets.ISO_8859_1);
    }
}
