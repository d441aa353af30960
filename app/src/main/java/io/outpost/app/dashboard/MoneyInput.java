package io.outpost.app.dashboard;

import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Amounts of money as people type them, in their language's way: {@code 149,90} in German, {@code 1,299.50} in
 * English, {@code ١٤٩٫٩٠} in Arabic; and the currency they most likely count in. Never through a double.
 */
public final class MoneyInput {
    /** What is wrong with a typed amount. */
    public enum Problem { NOT_A_NUMBER, NEGATIVE, TOO_MANY_DECIMALS }

    /** A typed amount: nothing typed (both empty), an amount, or what is wrong with it. */
    public record Parsed(Optional<BigDecimal> amount, Optional<Problem> problem) {
        static Parsed of(BigDecimal amount) {
            return new Parsed(Optional.of(amount), Optional.empty());
        }

        static Parsed wrong(Problem problem) {
            return new Parsed(Optional.empty(), Optional.of(problem));
        }

        public boolean empty() {
            return amount.isEmpty() && problem.isEmpty();
        }
    }

    /** The currencies offered first; the one of the user's country leads. */
    static final List<String> COMMON = List.of("USD", "EUR", "GBP", "JPY", "CNY", "BRL", "CHF", "CAD", "AUD", "INR",
            "KRW", "MXN", "SAR", "AED");
    // The integer part: groups of three after the first, once the grouping marks are told apart.
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(G\\d{3})*");
    private static final Pattern DIGITS = Pattern.compile("\\d*");

    private MoneyInput() {
    }

    /**
     * {@code typed} as an amount of at most {@code maxDecimals} decimals. A point or a comma is the decimal mark,
     * except the language's grouping mark followed by exactly three digits ("1,299" in English, "1.299" in German),
     * or a mark that appears more than once or before the other one ("1.299,50").
     */
    public static Parsed parse(String typed, Locale locale, int maxDecimals) {
        String plain = normalised(typed);
        if (plain.isEmpty()) {
            return new Parsed(Optional.empty(), Optional.empty());
        }
        boolean negative = plain.startsWith("-");
        String grouping = normalised(String.valueOf(DecimalFormatSymbols.getInstance(locale).getGroupingSeparator()));
        Optional<BigDecimal> amount = plainNumber(negative ? plain.substring(1) : plain, grouping.isEmpty() ? ' ' : grouping.charAt(0));
        if (amount.isEmpty()) {
            return Parsed.wrong(Problem.NOT_A_NUMBER);
        }
        if (negative && amount.get().signum() != 0) {
            return Parsed.wrong(Problem.NEGATIVE);
        }
        BigDecimal value = amount.get().stripTrailingZeros();
        if (value.scale() > maxDecimals) {
            return Parsed.wrong(Problem.TOO_MANY_DECIMALS);
        }
        return Parsed.of(value.scale() < 0 ? value.setScale(0) : value);
    }

    // Spaces and apostrophes (grouping in French and Swiss writing) go, any script's digits become ASCII, the
    // Arabic marks become a point (decimal) or a comma (grouping), and a minus sign becomes "-".
    private static String normalised(String typed) {
        StringBuilder plain = new StringBuilder();
        for (int i = 0; i < typed.length(); i++) {
            char c = typed.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\'' || c == '’') {
                continue;
            }
            if (Character.isDigit(c)) {
                plain.append((char) ('0' + Character.digit(c, 10)));
            } else {
                plain.append(switch (c) {
                    case '٫' -> '.';
                    case '٬' -> ',';
                    case '−' -> '-';
                    default -> c;
                });
            }
        }
        return plain.toString();
    }

    private static Optional<BigDecimal> plainNumber(String text, char languageGrouping) {
        int points = count(text, '.');
        int commas = count(text, ',');
        char decimal;
        if (points > 0 && commas > 0) {
            decimal = text.lastIndexOf('.') > text.lastIndexOf(',') ? '.' : ',';
        } else if (points + commas == 0) {
            decimal = '.';
        } else {
            char mark = points > 0 ? '.' : ',';
            boolean grouping = points + commas > 1
                    || mark == languageGrouping && text.length() - text.indexOf(mark) - 1 == 3;
            decimal = grouping ? (mark == '.' ? ',' : '.') : mark;
        }
        char group = decimal == '.' ? ',' : '.';
        int at = text.indexOf(decimal);
        if (at >= 0 && at != text.lastIndexOf(decimal)) {
            return Optional.empty();
        }
        String whole = (at < 0 ? text : text.substring(0, at)).replace(group, 'G');
        String fraction = at < 0 ? "" : text.substring(at + 1);
        boolean wholeOk = whole.isEmpty() || (whole.contains("G") ? GROUPED : DIGITS).matcher(whole).matches();
        if (!wholeOk || !DIGITS.matcher(fraction).matches() || whole.isEmpty() && fraction.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal((whole.isEmpty() ? "0" : whole.replace("G", "")) + "." + (fraction.isEmpty() ? "0" : fraction)));
    }

    private static int count(String text, char c) {
        return (int) text.chars().filter(x -> x == c).count();
    }

    /** How many decimals amounts of {@code currency} have (2 for euros, 0 for yen). */
    public static int decimalsOf(Currency currency) {
        return Math.max(0, currency.getDefaultFractionDigits());
    }

    /**
     * The currency of the user's country ({@code system}, else the language's, such as Brazil's for pt-BR), else
     * one the language suggests; US dollars when nothing does.
     */
    public static Currency defaultCurrency(Locale system, Locale language) {
        for (Locale locale : List.of(system, language)) {
            if (!locale.getCountry().isEmpty()) {
                try {
                    Currency currency = Currency.getInstance(locale);
                    if (currency != null) {
                        return currency;
                    }
                } catch (IllegalArgumentException e) {
                    // a region with no currency of its own (e.g. Antarctica): try the next
                }
            }
        }
        return Currency.getInstance(switch (language.getLanguage()) {
            case "de", "fr", "es" -> "EUR";
            case "ja" -> "JPY";
            case "zh" -> "CNY";
            case "pt" -> "BRL";
            default -> "USD";
        });
    }

    /** The currencies to choose from: {@code first}, then the common ones. */
    public static List<Currency> choices(Currency first) {
        return Stream.concat(Stream.of(first), COMMON.stream().map(Currency::getInstance))
                .distinct().toList();
    }
}
