package io.outpost.i18n;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Numbers, dates and token amounts written the way the user's language writes them. Token amounts are
 * exact: they are formatted from the integer base units a chain reports, never through a double.
 */
public final class Formats {
    private final Locale locale;
    private final ZoneId zone;

    public Formats(Locale locale, ZoneId zone) {
        this.locale = locale;
        this.zone = zone;
    }

    public String number(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    /** A fraction (0.993) as a percentage in the language's way, to one decimal at most ("99.3 %", "99,3 %"). */
    public String percent(double fraction) {
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMaximumFractionDigits(1);
        return format.format(fraction);
    }

    /** A short date in the user's time zone, in the language's medium style (e.g. "24 Nov 2026"). */
    public String date(Instant instant) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).withZone(zone).format(instant);
    }

    /** A date and time in the user's time zone, in the language's medium style (e.g. "24 Nov 2026, 15:04:05"). */
    public String dateTime(Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale).withZone(zone).format(instant);
    }

    /**
     * An amount of a token given in base units (as wei for 18 decimals): every significant decimal is kept,
     * trailing zeros are dropped, and groups and the decimal mark follow the language.
     */
    public String tokenAmount(BigInteger baseUnits, int decimals) {
        if (decimals < 0) {
            throw new IllegalArgumentException("decimals must not be negative: " + decimals);
        }
        BigDecimal amount = new BigDecimal(baseUnits, decimals).stripTrailingZeros();
        DecimalFormat format = (DecimalFormat) NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(Math.max(0, amount.scale()));
        format.setParseBigDecimal(true);
        return format.format(amount);
    }
}
