package io.outpost.devices.dsmr;

import io.outpost.devices.testing.Captures;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Test telegrams: the shared captures, and made-up ones with a CRC computed here, apart from the parser's. */
final class Telegrams {
    static final List<String> FIXTURES = List.of(
            "telegram_v2_2.txt", "telegram_v3.txt", "telegram_v4_2.txt", "telegram_v5.txt",
            "telegram_v5_two_mbus.txt", "telegram_unpadded_crc.txt", "telegram_fluvius_v171.txt",
            "telegram_fluvius_v171_alt.txt", "telegram_esy5q3db1024_v304.txt", "telegram_esy5q3da1004_v304.txt",
            "telegram_sagemcom_t210_d_r.txt", "telegram_iskra_ie.txt", "telegram_v5_eon_hu.txt");

    private Telegrams() {
    }

    static byte[] fixture(String name) {
        return Captures.bytes("dsmr-p1", name);
    }

    static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** {@code throughBang} (from {@code /} through {@code !}) with its CRC, four hex digits, and CRLF. */
    static byte[] withCrc(String throughBang) {
        return bytes(throughBang + "%04X\r\n".formatted(crc16Arc(bytes(throughBang))));
    }

    /** A CRC-checked telegram of exactly {@code length} bytes, padded with one long text-message line. */
    static byte[] ofLength(int length) {
        String head = "/TST5\\LONG\r\n\r\n1-3:0.2.8(50)\r\n0-0:96.13.0(";
        int padding = length - head.length() - ")\r\n!XXXX\r\n".length();
        return withCrc(head + "A".repeat(padding) + ")\r\n!");
    }

    /** Bit by bit, as the DSMR specification describes it. */
    static int crc16Arc(byte[] data) {
        int crc = 0;
        for (byte b : data) {
            crc ^= b & 0xFF;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 1) != 0 ? (crc >>> 1) ^ 0xA001 : crc >>> 1;
            }
        }
        return crc;
    }

    static byte[] concat(byte[]... parts) {
        StringBuilder all = new StringBuilder();
        for (byte[] part : parts) {
            all.append(text(part));
        }
        return bytes(all.toString());
    }

    static List<DsmrTelegram> feedByteByByte(DsmrParser parser, byte[] data) {
        List<DsmrTelegram> telegrams = new ArrayList<>();
        for (int i = 0; i < data.length; i++) {
            telegrams.addAll(parser.feed(data, i, 1));
        }
        return telegrams;
    }
}
