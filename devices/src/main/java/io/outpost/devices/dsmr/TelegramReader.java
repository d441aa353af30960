package io.outpost.devices.dsmr;

import io.outpost.devices.dsmr.DsmrTelegram.GasReading;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** Turns the text of one complete, framed telegram into a {@link DsmrTelegram}. */
final class TelegramReader {
    private static final String GROUPS = "(?:\\([^()]*\\))+";
    private static final Pattern OBIS_LINE =
            Pattern.compile("(\\d{1,3}-\\d{1,3}:\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}(?:\\*\\d{1,3})?)(" + GROUPS + ")");
    private static final Pattern CONTINUATION = Pattern.compile(GROUPS);
    private static final Pattern GAS_TYPE = Pattern.compile("0*3");
    private static final Pattern GAS = Pattern.compile("0-([1-9]\\d{0,2}):24\\.(?:2\\.1|2\\.3|3\\.0)");
    private static final String VERSION = "1-3:0.2.8";
    private static final String EMUCS_VERSION = "0-0:96.1.4";

    private TelegramReader() {
    }

    /**
     * The telegram in {@code text} ({@code /} through the line end after {@code !}), or empty when it has no
     * CRC and does not look whole: with nothing to check the bytes against, every line must parse, and
     * DSMR 4 and later (which send a version line) always send a CRC, so one without has lost it.
     */
    static Optional<DsmrTelegram> read(String text, boolean crcChecked) {
        List<String> lines = text.lines().toList();
        String header = lines.getFirst().substring(1);
        Map<String, String> obis = new LinkedHashMap<>();
        boolean wellFormed = !header.isBlank();
        String previous = null;
        Matcher m = OBIS_LINE.matcher("");
        Matcher continuation = CONTINUATION.matcher("");
        for (String line : lines.subList(1, lines.size() - 1)) {
            if (m.reset(line).matches()) {
                previous = key(m.group(1));
                obis.put(previous, m.group(2));
            } else if (previous != null && continuation.reset(line).matches()) {
                obis.merge(previous, line, String::concat);
            } else if (!line.isBlank()) {
                wellFormed = false;
            }
        }
        if (!crcChecked && (!wellFormed || obis.containsKey(VERSION) || obis.containsKey(EMUCS_VERSION))) {
            return Optional.empty();
        }
        return Optional.of(telegram(header, obis, crcChecked, text));
    }

    /** The reference without a {@code *255} suffix (EasyMeter), which only says "the current value". */
    private static String key(String reference) {
        return reference.endsWith("*255") ? reference.substring(0, reference.length() - 4) : reference;
    }

    private static DsmrTelegram telegram(String header, Map<String, String> obis, boolean crcChecked, String raw) {
        return new DsmrTelegram(header,
                first(obis, VERSION).or(() -> first(obis, EMUCS_VERSION)),
                Stream.of("0-0:96.1.1", "0-0:96.1.0", "0-0:96.1.255")
                        .flatMap(key -> first(obis, key).stream()).findFirst().map(ObisValues::hexText),
                first(obis, "0-0:1.0.0").flatMap(ObisValues::timestamp),
                kilo(obis, "1-0:1.8.1", "Wh"), kilo(obis, "1-0:1.8.2", "Wh"),
                kilo(obis, "1-0:2.8.1", "Wh"), kilo(obis, "1-0:2.8.2", "Wh"),
                total(obis, "1-0:1.8."), total(obis, "1-0:2.8."),
                kilo(obis, "1-0:1.7.0", "W"), kilo(obis, "1-0:2.7.0", "W"),
                gas(obis), crcChecked, obis, raw);
    }

    /** The first value of a line, when it is not blank. */
    private static Optional<String> first(Map<String, String> obis, String key) {
        return Optional.ofNullable(obis.get(key)).map(v -> ObisValues.groups(v).getFirst()).filter(v -> !v.isBlank());
    }

    private static Optional<BigDecimal> kilo(Map<String, String> obis, String key, String unit) {
        return Optional.ofNullable(obis.get(key)).flatMap(v -> ObisValues.kilo(ObisValues.groups(v).getLast(), unit));
    }

    /** Register {@code prefix0}, or else the sum of tariff registers 1 to 9: not every meter sends the total. */
    private static Optional<BigDecimal> total(Map<String, String> obis, String prefix) {
        return kilo(obis, prefix + "0", "Wh").or(() -> IntStream.rangeClosed(1, 9)
                .mapToObj(tariff -> kilo(obis, prefix + tariff, "Wh"))
                .flatMap(Optional::stream)
                .reduce(BigDecimal::add));
    }

    private static Optional<GasReading> gas(Map<String, String> obis) {
        GasReading last = null;
        Matcher m = GAS.matcher("");
        for (Map.Entry<String, String> line : obis.entrySet()) {
            if (m.reset(line.getKey()).matches() && isGasChannel(obis, m.group(1))) {
                last = ObisValues.gasReading(ObisValues.groups(line.getValue())).orElse(last);
            }
        }
        return Optional.ofNullable(last);
    }

    /** Channels other than gas report in m3 too (Fluvius: water, type 7), so a device type must say gas (3). */
    private static boolean isGasChannel(Map<String, String> obis, String channel) {
        return first(obis, "0-" + channel + ":24.1.0").map(type -> GAS_TYPE.matcher(type).matches()).orElse(true);
    }
}
