package io.outpost.app.wallet;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;
import java.util.regex.Pattern;

/** Amounts of tokens as people type them ({@code 2.5}, or {@code 2,5} where the comma is the decimal mark). */
public final class TokenAmounts {
    // Digits with at most one decimal point: no signs, exponents or grouping.
    private static final Pattern DECIMAL = Pattern.compile("\\d*\\.?\\d*");

    private TokenAmounts() {
    }

    /** {@code typed} in the token's smallest unit; empty unless it is a positive amount within {@code decimals}. */
    public static Optional<BigInteger> baseUnits(String typed, int decimals) {
        String plain = typed.strip().replace(" ", "").replace("\u00a0", "").replace("\u202f", "");
        // One comma and no point: the comma is the decimal mark. Grouping separators are not accepted, so
        // "1,000" can never be misread as one thousand or as one.
        if (plain.indexOf(',') == plain.lastIndexOf(',') && !plain.contains(".")) {
            plain = plain.replace(',', '.');
        }
        if (!DECIMAL.matcher(plain).matches()) {
            return Optional.empty();
        }
        try {
            BigInteger units = new BigDecimal(plain).movePointRight(decimals).toBigIntegerExact();
            return units.signum() > 0 ? Optional.of(units) : Optional.empty();
        } catch (NumberFormatException | ArithmeticException e) {
            return Optional.empty();
        }
    }
}
