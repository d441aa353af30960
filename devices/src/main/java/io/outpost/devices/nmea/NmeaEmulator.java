package io.outpost.devices.nmea;

import io.outpost.devices.emulate.Emulator;
import io.outpost.devices.serial.SerialLink;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A u-blox M8 GNSS receiver in software: once a second a GGA, RMC and GSA for a fix that wanders a few
 * metres around its spot, and answers to the UBX polls for MON-VER and SEC-UNIQID, as the real one gives.
 */
public final class NmeaEmulator implements Emulator {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmmss.SS");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("ddMMyy");
    private static final double METRES_PER_DEGREE = 111_320;

    private final Clock clock;
    private final SplittableRandom random;
    private final double homeLat;
    private final double homeLon;
    private final ByteArrayOutputStream incoming = new ByteArrayOutputStream();
    private volatile boolean running = true;
    private double lat;
    private double lon;

    public NmeaEmulator(Clock clock, long seed, double lat, double lon) {
        this.clock = clock;
        this.random = new SplittableRandom(seed);
        this.homeLat = lat;
        this.homeLon = lon;
        this.lat = lat;
        this.lon = lon;
    }

    @Override
    public void serve(SerialLink link) {
        byte[] buffer = new byte[256];
        try {
            while (running) {
                link.write(epoch().getBytes(StandardCharsets.US_ASCII));
                long until = System.nanoTime() + 1_000_000_000L;
                while (running && System.nanoTime() < until) {
                    int n = link.read(buffer, 50);
                    answerPolls(link, Arrays.copyOf(buffer, n));
                }
            }
        } catch (IOException e) {
            // The host closed the port or the cable was pulled: the receiver keeps tracking, unheard.
        }
    }

    String epoch() {
        wander();
        ZonedDateTime now = ZonedDateTime.now(clock).withZoneSameInstant(ZoneOffset.UTC);
        int satellites = 9 + random.nextInt(4);
        String hdop = String.format(Locale.ROOT, "%.2f", 0.8 + random.nextDouble() * 0.4);
        return sentence("GNGGA," + TIME.format(now) + "," + latitude() + "," + longitude() + ",1," + String.format(Locale.ROOT, "%02d", satellites)
                + "," + hdop + ",42.7,M,47.3,M,,")
                + sentence("GNRMC," + TIME.format(now) + ",A," + latitude() + "," + longitude() + ",0.012,,"
                + DATE.format(now) + ",,,A")
                + sentence("GNGSA,A,3,02,05,12,13,15,18,20,25,29,,,,1.71," + hdop + ",1.38");
    }

    // A random walk of about a metre a second, pulled back towards home so it stays within a few metres.
    private void wander() {
        double degree = 1.0 / METRES_PER_DEGREE;
        lat += (random.nextDouble() - 0.5) * degree + (homeLat - lat) * 0.2;
        lon += (random.nextDouble() - 0.5) * degree / Math.cos(Math.toRadians(homeLat)) + (homeLon - lon) * 0.2;
    }

    private String latitude() {
        return degreesMinutes(Math.abs(lat), 2) + "," + (lat >= 0 ? "N" : "S");
    }

    private String longitude() {
        return degreesMinutes(Math.abs(lon), 3) + "," + (lon >= 0 ? "E" : "W");
    }

    private static String degreesMinutes(double degrees, int degreeDigits) {
        int whole = (int) degrees;
        double minutes = (degrees - whole) * 60;
        return String.format(Locale.ROOT, "%0" + degreeDigits + "d%010.7f", whole, minutes);
    }

    static String sentence(String body) {
        byte[] bytes = body.getBytes(StandardCharsets.US_ASCII);
        return "$" + body + "*" + String.format(Locale.ROOT, "%02X", Checksums.nmea(bytes, 0, bytes.length)) + "\r\n";
    }

    private void answerPolls(SerialLink link, byte[] data) throws IOException {
        incoming.write(data, 0, data.length);
        byte[] heard = incoming.toByteArray();
        boolean monVer = contains(heard, UbxCommands.pollMonVer());
        boolean uniqueId = contains(heard, UbxCommands.pollSecUniqId());
        if (monVer) {
            link.write(UbxCommands.frame(UbxMonVer.CLASS, UbxMonVer.ID, monVerPayload()));
        }
        if (uniqueId) {
            link.write(UbxCommands.frame(UbxSecUniqId.CLASS, UbxSecUniqId.ID, HexFormat.of().parseHex("0100000012345678ab")));
        }
        if (monVer || uniqueId || heard.length > 1024) {
            incoming.reset();
        }
    }

    private static byte[] monVerPayload() {
        byte[] payload = new byte[40 + 30];
        put(payload, 0, "ROM CORE 3.01 (107888)");
        put(payload, 30, "00080000");
        put(payload, 40, "PROTVER=18.00");
        return payload;
    }

    private static void put(byte[] into, int at, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(bytes, 0, into, at, bytes.length);
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    @Override
    public void stop() {
        running = false;
    }
}
