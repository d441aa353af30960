package io.outpost.devices.nmea;

import io.outpost.devices.protocol.ParserStats;
import io.outpost.devices.testing.Captures;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** What one parser made of some bytes, with helpers to pick frames and to write sentences. */
record Parsed(List<GnssFrame> frames, ParserStats stats) {
    static final String FAMILY = "nmea-gnss";
    static final List<String> CAPTURES = List.of("gpsd-bu353-glonass.log", "gpsd-bu353s4.log", "gpsd-nl2008u.log",
            "gpsd-nmea-fuzzy-cases.log", "gpsd-ublox-f9p-rtcm.log", "gpsd-ublox-neo-f9v.log",
            "gpsd-ublox-neo-m8n.log", "gpsd-ublox-zed-f9p-hp.log", "gpsd-ublox-zed-f9p-rtk.log",
            "gpsd-ublox8-uniqid-monhw.log", "pynmea2-examples-data.log", "pynmea2-test-sentences.txt");

    static Parsed capture(String name) {
        return bytes(Captures.bytes(FAMILY, name));
    }

    static Parsed bytes(byte[] bytes) {
        NmeaParser parser = new NmeaParser();
        List<GnssFrame> frames = parser.feed(bytes);
        return new Parsed(frames, parser.stats());
    }

    static Parsed text(String text) {
        return bytes(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    <T extends GnssFrame> List<T> all(Class<T> type) {
        return frames.stream().filter(type::isInstance).map(type::cast).toList();
    }

    <T extends GnssFrame> T first(Class<T> type) {
        return all(type).getFirst();
    }

    List<GenericSentence> generic(String type) {
        return all(GenericSentence.class).stream().filter(s -> s.type().equals(type)).toList();
    }

    /** {@code $body*HH} and CR LF, with the checksum computed here rather than by the code under test. */
    static String line(String body) {
        int sum = 0;
        for (char c : body.toCharArray()) {
            sum ^= c;
        }
        return "$" + body + "*" + String.format("%02X", sum) + "\r\n";
    }
}
