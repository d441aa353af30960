package io.outpost.devices.dsmr;

import io.outpost.devices.dsmr.DsmrTelegram.GasReading;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the values of OBIS lines: the text between parentheses. Nothing here throws on odd text. */
final class ObisValues {
    private static final Pattern GROUP_SEPARATOR = Pattern.compile(")(", Pattern.LITERAL);
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");
    private static final Pattern TIMESTAMP = Pattern.compile("(\\d\\d)(\\d\\d)(\\d\\d)(\\d\\d)(\\d\\d)(\\d\\d)([SW]?)");
    private static final ZoneOffset SUMMER = ZoneOffset.ofHours(2);
    private static final ZoneOffset WINTER = ZoneOffset.ofHours(1);
    private static final ZoneId DUTCH = ZoneId.of("Europe/Amsterdam");

    private ObisValues() {
    }

    /** The groups of a value: {@code (a)(b*kWh)} gives {@code a} and {@code b*kWh}; never empty. */
    static List<String> groups(String value) {
        return List.of(GROUP_SEPARATOR.split(value.substring(1, value.length() - 1), -1));
    }

    /** {@code 12.5*kWh} as 12.5 and {@code 12500*Wh} as 12.500, for {@code unit} "Wh"; empty for other units. */
    static Optional<BigDecimal> kilo(String group, String unit) {
        int star = group.indexOf('*');
        if (star < 0) {
            return Optional.empty();
        }
        Optional<BigDecimal> number = number(group.substring(0, star));
        String printed = group.substring(star + 1);
        if (printed.equalsIgnoreCase("k" + unit)) {
            return number;
        }
        return printed.equalsIgnoreCase(unit) ? number.map(n -> n.movePointLeft(3)) : Optional.empty();
    }

    static Optional<BigDecimal> number(String text) {
        return NUMBER.matcher(text).matches() ? Optional.of(new BigDecimal(text)) : Optional.empty();
    }

    /**
     * {@code YYMMDDhhmmssX}, X being S (summer, UTC+2) or W (winter, UTC+1). Gas readings of DSMR 2.2 and 3,
     * Dutch only, have no X: the Dutch zone stands in for it, guessing in the hour repeated each autumn.
     */
    static Optional<Instant> timestamp(String text) {
        Matcher m = TIMESTAMP.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            LocalDateTime local = LocalDateTime.of(2000 + field(m, 1), field(m, 2), field(m, 3),
                    field(m, 4), field(m, 5), field(m, 6));
            return Optional.of(switch (m.group(7)) {
                case "S" -> local.toInstant(SUMMER);
                case "W" -> local.toInstant(WINTER);
                default -> local.atZone(DUTCH).toInstant();
            });
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static int field(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    /** Hex-encoded text (how DSMR sends identifiers) decoded; anything that is not, as it is. */
    static String hexText(String value) {
        if (value.length() % 2 != 0 || !value.chars().allMatch(HexFormat::isHexDigit)) {
            return value;
        }
        byte[] bytes = HexFormat.of().parseHex(value);
        for (byte b : bytes) {
            if (b < 0x20 || b > 0x7E) {
                return value;
            }
        }
        return new String(bytes, StandardCharsets.US_ASCII);
    }

    /**
     * A gas reading from the groups of {@code 0-n:24.2.1} or {@code 0-n:24.2.3}, {@code (time)(value*m3)}, or
     * of DSMR 2.2 and 3's {@code 0-n:24.3.0}, {@code (time)(00)(60)(1)(0-n:24.2.1)(m3)} then {@code (value)}
     * on the next line; empty unless the unit is m3.
     */
    static Optional<GasReading> gasReading(List<String> groups) {
        if (groups.size() < 2) {
            return Optional.empty();
        }
        String last = groups.getLast();
        int star = last.indexOf('*');
        String unit = star < 0 ? groups.get(groups.size() - 2) : last.substring(star + 1);
        if (!unit.equalsIgnoreCase("m3")) {
            return Optional.empty();
        }
        return number(star < 0 ? last : last.substring(0, star))
                .map(volume -> new GasReading(volume, timestamp(groups.getFirst())));
    }
}
