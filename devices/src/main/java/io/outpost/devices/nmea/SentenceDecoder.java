package io.outpost.devices.nmea;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Turns the text of a checksum-valid sentence into its record. */
final class SentenceDecoder {
    private SentenceDecoder() {
    }

    /** Decodes the text between {@code $} and {@code *}, whose address has at least three characters. */
    static NmeaSentence decode(byte[] bytes, int from, int to) {
        String[] parts = split(bytes, from, to);
        String address = parts[0];
        boolean proprietary = address.charAt(0) == 'P';
        String talker = proprietary ? "P" : address.substring(0, 2);
        String type = address.substring(talker.length());
        Fields fields = new Fields(Arrays.asList(parts).subList(1, parts.length));
        try {
            return proprietary ? generic(talker, type, fields) : decode(talker, type, fields);
        } catch (Fields.Malformed e) {
            return generic(talker, type, fields);
        }
    }

    private static NmeaSentence decode(String talker, String type, Fields fields) {
        return switch (type) {
            case "GGA" -> GgaSentence.decode(talker, fields);
            case "RMC" -> RmcSentence.decode(talker, fields);
            case "GSA" -> GsaSentence.decode(talker, fields);
            case "GSV" -> GsvSentence.decode(talker, fields);
            case "VTG" -> VtgSentence.decode(talker, fields);
            case "GLL" -> GllSentence.decode(talker, fields);
            case "ZDA" -> ZdaSentence.decode(talker, fields);
            default -> generic(talker, type, fields);
        };
    }

    /** The comma-separated fields of {@code bytes[from, to)}, empty ones included. */
    private static String[] split(byte[] bytes, int from, int to) {
        int count = 1;
        for (int i = from; i < to; i++) {
            count += bytes[i] == ',' ? 1 : 0;
        }
        String[] parts = new String[count];
        int start = from;
        int part = 0;
        for (int i = from; i <= to; i++) {
            if (i == to || bytes[i] == ',') {
                parts[part++] = new String(bytes, start, i - start, StandardCharsets.US_ASCII);
                start = i + 1;
            }
        }
        return parts;
    }

    private static GenericSentence generic(String talker, String type, Fields fields) {
        return new GenericSentence(talker, type, fields.values());
    }
}
