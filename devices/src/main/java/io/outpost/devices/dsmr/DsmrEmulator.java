package io.outpost.devices.dsmr;

import io.outpost.devices.emulate.Emulator;
import io.outpost.devices.serial.SerialLink;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A DSMR 5 smart meter in software: a telegram every second (as DSMR 5 meters send), whose power wanders
 * through a household day and whose energy registers grow with it, tariff 1 at night and tariff 2 by day.
 * Each telegram carries its CRC, so it parses exactly as a real meter's would.
 */
public final class DsmrEmulator implements Emulator {
    private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyMMddHHmmss");
    private static final String EQUIPMENT_ID = "E0044007316150517";

    private final Clock clock;
    private final SplittableRandom random;
    private volatile boolean running = true;
    private BigDecimal tariff1Kwh = new BigDecimal("4321.123");
    private BigDecimal tariff2Kwh = new BigDecimal("3210.456");
    private BigDecimal powerKw = new BigDecimal("0.420");

    public DsmrEmulator(Clock clock, long seed) {
        this.clock = clock;
        this.random = new SplittableRandom(seed);
    }

    @Override
    public void serve(SerialLink link) {
        byte[] ignored = new byte[256];
        try {
            while (running) {
                link.write(nextTelegram().getBytes(StandardCharsets.US_ASCII));
                long until = System.nanoTime() + 1_000_000_000L;
                while (running && System.nanoTime() < until) {
                    link.read(ignored, 100);
                }
            }
        } catch (IOException e) {
            // The host closed the port or the cable was pulled: the meter keeps metering, unheard.
        }
    }

    String nextTelegram() {
        ZonedDateTime now = ZonedDateTime.now(clock).withZoneSameInstant(DUTCH_TIME);
        powerKw = powerKw.add(BigDecimal.valueOf(random.nextInt(-60, 61), 3)).max(new BigDecimal("0.050"))
                .min(new BigDecimal("6.000"));
        BigDecimal energy = powerKw.divide(BigDecimal.valueOf(3600), 6, RoundingMode.HALF_UP);
        boolean night = now.getHour() < 7 || now.getHour() >= 23;
        if (night) {
            tariff1Kwh = tariff1Kwh.add(energy);
        } else {
            tariff2Kwh = tariff2Kwh.add(energy);
        }
        String dst = DUTCH_TIME.getRules().isDaylightSavings(now.toInstant()) ? "S" : "W";
        String body = "/XMX5LGBBFG1012463488\r\n\r\n"
                + "1-3:0.2.8(50)\r\n"
                + "0-0:1.0.0(" + STAMP.format(now) + dst + ")\r\n"
                + "0-0:96.1.1(" + HexFormat.of().formatHex(EQUIPMENT_ID.getBytes(StandardCharsets.US_ASCII)) + ")\r\n"
                + "1-0:1.8.1(" + kwh(tariff1Kwh) + "*kWh)\r\n"
                + "1-0:1.8.2(" + kwh(tariff2Kwh) + "*kWh)\r\n"
                + "1-0:2.8.1(000000.000*kWh)\r\n"
                + "1-0:2.8.2(000000.000*kWh)\r\n"
                + "0-0:96.14.0(000" + (night ? 1 : 2) + ")\r\n"
                + "1-0:1.7.0(" + kw(powerKw) + "*kW)\r\n"
                + "1-0:2.7.0(00.000*kW)\r\n"
                + "!";
        byte[] signed = body.getBytes(StandardCharsets.US_ASCII);
        return body + String.format(Locale.ROOT, "%04X", Crc16Arc.of(signed, 0, signed.length)) + "\r\n";
    }

    private static String kwh(BigDecimal value) {
        return String.format(Locale.ROOT, "%010.3f", value.setScale(3, RoundingMode.DOWN));
    }

    private static String kw(BigDecimal value) {
        return String.format(Locale.ROOT, "%06.3f", value);
    }

    @Override
    public void stop() {
        running = false;
    }
}
