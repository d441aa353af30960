package io.outpost.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.outpost.app.dashboard.MoneyInput.Problem;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Amounts typed the way each language writes them, and what is wrong with those that are not amounts. */
class MoneyInputTest {
    private static final Locale GERMAN = Locale.GERMAN;
    private static final Locale ENGLISH = Locale.ENGLISH;

    private static Optional<BigDecimal> amount(String typed, Locale locale) {
        return MoneyInput.parse(typed, locale, 2).amount();
    }

    private static Optional<Problem> problem(String typed, Locale locale, int decimals) {
        return MoneyInput.parse(typed, locale, decimals).problem();
    }

    @Test
    void eachLanguagesDecimalMarkAndGroupingAreUnderstood() {
        assertThat(amount("149,90", GERMAN)).contains(new BigDecimal("149.9"));
        assertThat(amount("1.299,00", GERMAN)).contains(new BigDecimal("1299"));
        assertThat(amount("1.299", GERMAN)).as("a German thousands point").contains(new BigDecimal("1299"));
        assertThat(amount("149.90", GERMAN)).as("a point with two decimals is a decimal point").contains(new BigDecimal("149.9"));
        assertThat(amount("1,299.50", ENGLISH)).contains(new BigDecimal("1299.5"));
        assertThat(amount("1,299", ENGLISH)).contains(new BigDecimal("1299"));
        assertThat(amount("149,90", ENGLISH)).as("a comma with two decimals is a decimal comma").contains(new BigDecimal("149.9"));
        assertThat(amount("1 299,90", Locale.FRENCH)).contains(new BigDecimal("1299.9"));
        assertThat(amount("1\u202f299,90", Locale.FRENCH)).contains(new BigDecimal("1299.9"));
        assertThat(amount("١٤٩٫٩٠", Locale.forLanguageTag("ar"))).as("Arabic-Indic digits and mark").contains(new BigDecimal("149.9"));
        assertThat(amount("1.000.000", GERMAN)).contains(new BigDecimal("1000000"));
        assertThat(amount("0", ENGLISH)).contains(BigDecimal.ZERO);
        assertThat(amount(".5", ENGLISH)).contains(new BigDecimal("0.5"));
        assertThat(amount("  12  ", ENGLISH)).contains(new BigDecimal("12"));
    }

    @Test
    void whatIsWrongIsNamed() {
        assertThat(problem("-5", GERMAN, 2)).contains(Problem.NEGATIVE);
        assertThat(problem("−5,00", GERMAN, 2)).as("a typographic minus").contains(Problem.NEGATIVE);
        assertThat(problem("abc", GERMAN, 2)).contains(Problem.NOT_A_NUMBER);
        assertThat(problem("12€", GERMAN, 2)).contains(Problem.NOT_A_NUMBER);
        assertThat(problem("1.2.3", GERMAN, 2)).as("groups of one digit").contains(Problem.NOT_A_NUMBER);
        assertThat(problem("1,5,0", ENGLISH, 2)).contains(Problem.NOT_A_NUMBER);
        assertThat(problem("1,2.3,4", ENGLISH, 2)).contains(Problem.NOT_A_NUMBER);
        assertThat(problem("-", ENGLISH, 2)).contains(Problem.NOT_A_NUMBER);
        assertThat(problem(".", ENGLISH, 2)).contains(Problem.NOT_A_NUMBER);
        assertThat(problem("9.999", ENGLISH, 2)).contains(Problem.TOO_MANY_DECIMALS);
        assertThat(problem("100,5", Locale.JAPANESE, 0)).as("yen have no decimals").contains(Problem.TOO_MANY_DECIMALS);
        assertThat(problem("9.990", ENGLISH, 2)).as("a trailing zero is no decimal").isEmpty();
        assertThat(MoneyInput.parse("  ", ENGLISH, 2).empty()).isTrue();
        assertThat(MoneyInput.parse("x", ENGLISH, 2).empty()).isFalse();
    }

    @Test
    void theCurrencyComesFromTheCountryElseTheLanguage() {
        assertThat(MoneyInput.defaultCurrency(Locale.GERMANY, Locale.ENGLISH)).isEqualTo(Currency.getInstance("EUR"));
        assertThat(MoneyInput.defaultCurrency(Locale.ROOT, Locale.forLanguageTag("pt-BR"))).isEqualTo(Currency.getInstance("BRL"));
        assertThat(MoneyInput.defaultCurrency(Locale.ROOT, Locale.JAPANESE)).isEqualTo(Currency.getInstance("JPY"));
        assertThat(MoneyInput.defaultCurrency(Locale.ROOT, Locale.ENGLISH)).isEqualTo(Currency.getInstance("USD"));
        assertThat(MoneyInput.choices(Currency.getInstance("CHF"))).first().isEqualTo(Currency.getInstance("CHF"));
        assertThat(MoneyInput.choices(Currency.getInstance("EUR"))).doesNotHaveDuplicates();
    }
}
