package io.outpost.devices.sds011;

import io.outpost.devices.testing.Captures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.HexFormat;
import java.util.List;

/** The rows of {@code sds011/sds011-frames.tsv}: source, label, direction, hex bytes. */
final class Sds011Fixtures {
    static final String SENSOR_TO_HOST = "sensor->host";
    static final String HOST_TO_SENSOR = "host->sensor";

    /** One captured or specified frame; named by its label in test reports. */
    record Row(String source, String label, String direction, byte[] bytes) {
        @Override
        public String toString() {
            return label;
        }
    }

    private Sds011Fixtures() {
    }

    static List<Row> rows() {
        try {
            return Files.readAllLines(Captures.file("sds011", "sds011-frames.tsv")).stream()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t"))
                    .map(f -> new Row(f[0], f[1], f[2], HexFormat.ofDelimiter(" ").parseHex(f[3].trim())))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Row> rows(String direction) {
        return rows().stream().filter(row -> row.direction().equals(direction)).toList();
    }

    /** A sensor frame with a correct checksum: {@code AA command D1..D6 sum AB}. */
    static byte[] sensorFrame(int command, int... data) {
        byte[] frame = new byte[10];
        frame[0] = (byte) 0xAA;
        frame[1] = (byte) command;
        int sum = 0;
        for (int i = 0; i < 6; i++) {
            frame[2 + i] = (byte) data[i];
            sum += data[i];
        }
        frame[8] = (byte) sum;
        frame[9] = (byte) 0xAB;
        return frame;
    }

    /** Whether a ten-byte sensor frame is framed and carries the low byte of its data bytes' sum. */
    static boolean checksumValid(byte[] frame) {
        if (frame.length != 10) {
            return false;
        }
        int sum = 0;
        for (int i = 2; i < 8; i++) {
            sum += frame[i] & 0xFF;
        }
        return (frame[0] & 0xFF) == 0xAA && (frame[9] & 0xFF) == 0xAB
                && (sum & 0xFF) == (frame[8] & 0xFF);
    }
}
