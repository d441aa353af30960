package io.outpost.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FormatsTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final BigInteger ONE_AND_A_QUARTER_MILLION_ETHER = new BigInteger("1250000250000000000000000");

    @Test
    void tokenAmountsAreExactAndFollowTheLanguage() {
        assertThat(new Formats(Locale.ENGLISH, BERLIN).tokenAmount(ONE_AND_A_QUARTER_MILLION_ETHER, 18)).isEqualTo("1,250,000.25");
        assertThat(new Formats(Locale.GERMAN, BERLIN).tokenAmount(ONE_AND_A_QUARTER_MILLION_ETHER, 18)).isEqualTo("1.250.000,25");
        assertThat(new Formats(Locale.FRENCH, BERLIN).tokenAmount(ONE_AND_A_QUARTER_MILLION_ETHER, 18))
                .isEqualTo("1\u202f250\u202f000,25");
    }

    @Test
    void theSmallestUnitIsNeverRoundedAway() {
        assertThat(new Formats(Locale.ENGLISH, BERLIN).tokenAmount(BigInteger.ONE, 18)).isEqualTo("0.000000000000000001");
        assertThat(new Formats(Locale.ENGLISH, BERLIN).tokenAmount(new BigInteger("123456789012345678901"), 18))
                .isEqualTo("123.456789012345678901");
        assertThat(new Formats(Locale.ENGLISH, BERLIN).tokenAmount(BigInteger.ZERO, 18)).isEqualTo("0");
        assertThat(new Formats(Locale.ENGLISH, BERLIN).tokenAmount(BigInteger.valueOf(-5), 1)).isEqualTo("-0.5");
        assertThatThrownBy(() -> new Formats(Locale.ENGLISH, BERLIN).tokenAmount(BigInteger.ONE, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void amountWithSymbolComesFromTheBundle() {
        assertThat(new Messages(Language.GERMAN).tokenAmount(new BigInteger("1500000000000000000"), 18, "OPT")).isEqualTo("1,5 OPT");
    }

    @Test
    void datesUseTheLanguageAndTheZone() {
        Instant instant = Instant.parse("2026-11-24T14:04:05Z");
        assertThat(new Formats(Locale.ENGLISH, BERLIN).dateTime(instant)).contains("Nov 24, 2026").contains("3:04:05");
        assertThat(new Formats(Locale.GERMAN, BERLIN).dateTime(instant)).contains("24.11.2026").contains("15:04:05");
        assertThat(new Formats(Locale.JAPANESE, BERLIN).dateTime(instant)).contains("2026/11/24");
    }

    @Test
    void numbersAreGrouped() {
        assertThat(new Formats(Locale.ENGLISH, BERLIN).number(1234567)).isEqualTo("1,234,567");
        assertThat(new Formats(Locale.forLanguageTag("pt-BR"), BERLIN).number(1234567)).isEqualTo("1.234.567");
    }

    @Test
    void percentagesFollowTheLanguage() {
        assertThat(new Formats(Locale.ENGLISH, ZoneOffset.UTC).percent(0.9934)).isEqualTo("99.3%");
        assertThat(new Formats(Locale.GERMAN, ZoneOffset.UTC).percent(0.9934)).isEqualTo("99,3\u00a0%");
        assertThat(new Formats(Locale.ENGLISH, ZoneOffset.UTC).percent(1)).isEqualTo("100%");
    }
}
