package io.outpost.devices.nmea;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The fields of one sentence after its address. A missing or empty field is absent; a field that is present
 * but does not parse throws {@link Malformed}, which turns the sentence into a {@link GenericSentence}.
 */
final class Fields {
    private static final int MAX_INT_DIGITS = 9;
    /** Nanoseconds per unit of a fraction of a second written with as many digits as the index. */
    private static final int[] NANOS_PER_FRACTION_UNIT = {
        0, 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1,
    };

    private final List<String> values;

    Fields(List<String> values) {
        this.values = values;
    }

    int size() {
        return values.size();
    }

    List<String> values() {
        return values;
    }

    String text(int index) {
        return index < values.size() ? values.get(index) : "";
    }

    OptionalDouble decimal(int index) {
        String text = text(index);
        if (text.isEmpty()) {
            return OptionalDouble.empty();
        }
        require(isDecimal(text));
        return OptionalDouble.of(Double.parseDouble(text));
    }

    OptionalInt integer(int index) {
        String text = text(index);
        if (text.isEmpty()) {
            return OptionalInt.empty();
        }
        int from = text.startsWith("-") ? 1 : 0;
        require(text.length() > from && text.length() - from <= MAX_INT_DIGITS && allDigits(text, from, text.length()));
        return OptionalInt.of(Integer.parseInt(text));
    }

    int requiredInteger(int index) {
        OptionalInt value = integer(index);
        require(value.isPresent());
        return value.getAsInt();
    }

    List<Integer> integers(int from, int to) {
        List<Integer> present = new ArrayList<>();
        for (int i = from; i < to; i++) {
            integer(i).ifPresent(present::add);
        }
        return present;
    }

    Optional<Character> letter(int index) {
        String text = text(index);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        require(text.length() == 1);
        return Optional.of(text.charAt(0));
    }

    /** {@code hhmmss} or {@code hhmmss.s...}, UTC. */
    Optional<LocalTime> time(int index) {
        String text = text(index);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        int dot = text.indexOf('.');
        int whole = dot < 0 ? text.length() : dot;
        int fraction = dot < 0 ? 0 : text.length() - dot - 1;
        require(whole == 6 && allDigits(text, 0, whole) && fraction < NANOS_PER_FRACTION_UNIT.length
                && allDigits(text, whole + 1, text.length()));
        int second = number(text, 4, 6);
        int nanos = fraction == 0 ? 0 : number(text, dot + 1, text.length()) * NANOS_PER_FRACTION_UNIT[fraction];
        if (second == 60) {
            // A leap second (23:59:60) has no LocalTime: keep it as the last instant of second 59.
            return Optional.of(localTime(text, 59, 999_999_999));
        }
        return Optional.of(localTime(text, second, nanos));
    }

    /** {@code ddmmyy}; two-digit years from 80 are 19xx (GPS began in 1980), the others 20xx. */
    Optional<LocalDate> date(int index) {
        String text = text(index);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        require(text.length() == 6 && allDigits(text, 0, 6));
        int year = number(text, 4, 6);
        return Optional.of(localDate(year < 80 ? 2000 + year : 1900 + year, number(text, 2, 4), number(text, 0, 2)));
    }

    /** Day, month and four-digit year in three fields, as in ZDA: all present or all empty. */
    Optional<LocalDate> date(int day, int month, int year) {
        OptionalInt d = integer(day);
        OptionalInt m = integer(month);
        OptionalInt y = integer(year);
        if (d.isEmpty() && m.isEmpty() && y.isEmpty()) {
            return Optional.empty();
        }
        require(d.isPresent() && m.isPresent() && y.isPresent());
        return Optional.of(localDate(y.getAsInt(), m.getAsInt(), d.getAsInt()));
    }

    /** {@code ddmm.mmmm} in this field and N or S in the next, as signed decimal degrees. */
    OptionalDouble latitude(int index) {
        return coordinate(index, 2, 90, 'N', 'S');
    }

    /** {@code dddmm.mmmm} in this field and E or W in the next, as signed decimal degrees. */
    OptionalDouble longitude(int index) {
        return coordinate(index, 3, 180, 'E', 'W');
    }

    private OptionalDouble coordinate(int index, int degreeDigits, int limit, char positive, char negative) {
        String value = text(index);
        String hemisphere = text(index + 1);
        if (value.isEmpty() && hemisphere.isEmpty()) {
            return OptionalDouble.empty();
        }
        require(hemisphere.length() == 1
                && (hemisphere.charAt(0) == positive || hemisphere.charAt(0) == negative));
        require(isDecimal(value) && !value.startsWith("-"));
        int dot = value.indexOf('.');
        int minutesAt = (dot < 0 ? value.length() : dot) - 2;
        require(minutesAt >= 0 && minutesAt <= degreeDigits);
        int degrees = minutesAt == 0 ? 0 : number(value, 0, minutesAt);
        double minutes = Double.parseDouble(value.substring(minutesAt));
        double result = degrees + minutes / 60;
        require(minutes < 60 && result <= limit);
        return OptionalDouble.of(hemisphere.charAt(0) == negative ? -result : result);
    }

    private static LocalTime localTime(String hhmmss, int second, int nanos) {
        try {
            return LocalTime.of(number(hhmmss, 0, 2), number(hhmmss, 2, 4), second, nanos);
        } catch (DateTimeException e) {
            throw new Malformed();
        }
    }

    private static LocalDate localDate(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new Malformed();
        }
    }

    /** Digits with at most one point and an optional leading minus: no exponents, no NaN, no hex. */
    private static boolean isDecimal(String text) {
        boolean digit = false;
        boolean point = false;
        for (int i = text.startsWith("-") ? 1 : 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c == '.' && !point) {
                point = true;
            } else {
                return false;
            }
        }
        return digit;
    }

    private static boolean allDigits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** The number in digits already checked, without a substring. */
    private static int number(String text, int from, int to) {
        return Integer.parseInt(text, from, to, 10);
    }

    private static void require(boolean condition) {
        if (!condition) {
            throw new Malformed();
        }
    }

    /** A present field that does not parse; cheap, as fuzzed input throws many. */
    static final class Malformed extends RuntimeException {
        Malformed() {
            super(null, null, false, false);
        }
    }
}
