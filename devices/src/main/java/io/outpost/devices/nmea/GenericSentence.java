package io.outpost.devices.nmea;

import java.util.List;

/**
 * A valid sentence this parser does not decode. A proprietary sentence ({@code $PUBX,...}) has talker
 * {@code P} and the rest of its address as type ({@code UBX}).
 */
public record GenericSentence(String talker, String type, List<String> fields) implements NmeaSentence {
    public GenericSentence {
        fields = List.copyOf(fields);
    }
}
