package io.outpost.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.outpost.app.dashboard.Payback.Outlook;
import io.outpost.app.history.CostBook;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** When a device pays for itself: paid back on the day of crossing, projected at the last 30 days' pace, or not. */
class PaybackTest {
    private static final int DECIMALS = 18;
    private static final LocalDate TODAY = LocalDate.parse("2026-11-25");
    private static final CostBook.TokenPrice TWO_EUROS = price("2");

    private static CostBook.TokenPrice price(String euros) {
        return new CostBook.TokenPrice(Currency.getInstance("EUR"), new BigDecimal(euros));
    }

    private static BigInteger tokens(String amount) {
        return new BigDecimal(amount).movePointRight(DECIMALS).toBigIntegerExact();
    }

    /** {@code amount} tokens on each of the {@code days} days up to and including {@code last}. */
    private static SortedMap<LocalDate, BigInteger> daily(String amount, int days, LocalDate last) {
        SortedMap<LocalDate, BigInteger> perDay = new TreeMap<>();
        for (int i = 0; i < days; i++) {
            perDay.put(last.minusDays(i), tokens(amount));
        }
        return perDay;
    }

    private static Payback payback(String cost, SortedMap<LocalDate, BigInteger> perDay) {
        return Payback.of(new Payback.Share(new BigDecimal(cost), perDay), TWO_EUROS, DECIMALS, TODAY);
    }

    @Test
    void paidBackOnTheDayTheEarningsCrossedTheCostNotToday() {
        // 10 tokens a day at 2 € for 20 days: 100 € reached on the 5th day; 400 € by today.
        Payback payback = payback("100", daily("10", 20, TODAY));
        assertThat(payback.outlook()).isEqualTo(Outlook.PAID_BACK);
        assertThat(payback.date()).contains(TODAY.minusDays(15));
        assertThat(payback.earnedUnits()).isEqualTo(tokens("200"));
        assertThat(payback.earnedMoney()).isEqualByComparingTo("400");
        assertThat(payback.paidBack()).isEqualTo(4.0);
    }

    @Test
    void oneUnitShortOfTheCostIsNotPaidBack() {
        SortedMap<LocalDate, BigInteger> perDay = daily("10", 10, TODAY.minusDays(1));
        perDay.put(TODAY.minusDays(1), tokens("10").subtract(BigInteger.ONE));
        Payback payback = payback("200", perDay);
        assertThat(payback.outlook()).as("worth 199.999… €, not 200 €").isEqualTo(Outlook.PROJECTED);
        assertThat(payback.date()).as("a day at its pace earns the last wei").contains(TODAY.plusDays(1));
    }

    @Test
    void theProjectionIsTheRestAtTheAverageOfTheWholeDaysSoFar() {
        // First (partial) day 1 token, then 10 whole days of 2 tokens (4 € a day), today 0.5 so far: 43 € of 190 €.
        SortedMap<LocalDate, BigInteger> perDay = daily("2", 10, TODAY.minusDays(1));
        perDay.put(TODAY.minusDays(11), tokens("1"));
        perDay.put(TODAY, tokens("0.5"));
        Payback payback = payback("190", perDay);
        assertThat(payback.outlook()).isEqualTo(Outlook.PROJECTED);
        assertThat(payback.earnedMoney()).isEqualByComparingTo("43");
        // 147 € at 4 € a day: 36.75, so the 37th day from today.
        assertThat(payback.date()).contains(TODAY.plusDays(37));
        assertThat(payback.paidBack()).isCloseTo(43 / 190.0, within(1e-12));
    }

    @Test
    void onlyTheLast30DaysSetThePace() {
        // 60 days: 1 token a day, then the last 30 whole days 3 tokens a day (6 € a day).
        SortedMap<LocalDate, BigInteger> perDay = daily("1", 61, TODAY);
        perDay.putAll(daily("3", 30, TODAY.minusDays(1)));
        Payback payback = payback("1000", perDay);
        // Earned 31 + 90 = 121 tokens = 242 €; 758 € left at 6 € a day: 126.33, so 127 days.
        assertThat(payback.earnedMoney()).isEqualByComparingTo("242");
        assertThat(payback.date()).contains(TODAY.plusDays(127));
    }

    @Test
    void noEarningsAtAllIsNotAtThisPace() {
        Payback payback = payback("100", daily("0", 12, TODAY));
        assertThat(payback.outlook()).isEqualTo(Outlook.NOT_AT_THIS_PACE);
        assertThat(payback.date()).isEmpty();
        assertThat(payback.paidBack()).isZero();
    }

    @Test
    void aPaceThatWouldTakeMoreThanACenturyIsNotAtThisPaceEither() {
        SortedMap<LocalDate, BigInteger> perDay = new TreeMap<>();
        daily("0", 10, TODAY).keySet().forEach(day -> perDay.put(day, BigInteger.ONE));
        assertThat(payback("100", perDay).outlook()).isEqualTo(Outlook.NOT_AT_THIS_PACE);
    }

    @Test
    void withoutThreeWholeDaysOfEarningsThereIsNotEnoughHistory() {
        assertThat(payback("100", new TreeMap<>()).outlook()).as("no epoch at all").isEqualTo(Outlook.NOT_ENOUGH_HISTORY);
        // First day (partial), two whole days, today: not yet.
        Payback twoDays = payback("100", daily("1", 4, TODAY));
        assertThat(twoDays.outlook()).isEqualTo(Outlook.NOT_ENOUGH_HISTORY);
        assertThat(twoDays.date()).isEmpty();
        assertThat(twoDays.earnedMoney()).as("what it earned is still told").isEqualByComparingTo("8");
        assertThat(payback("100", daily("1", 5, TODAY)).outlook()).as("three whole days").isEqualTo(Outlook.PROJECTED);
    }

    @Test
    void aDeviceThatCostNothingHasNothingToPayBack() {
        Payback payback = payback("0", daily("1", 5, TODAY));
        assertThat(payback.outlook()).isEqualTo(Outlook.NOTHING_TO_PAY_BACK);
        assertThat(payback.date()).isEmpty();
        assertThat(payback.paidBack()).isEqualTo(1.0);
    }

    @Test
    void aFleetIsPaidBackWhenItsEarningsTogetherCrossItsCostsTogether() {
        // A: 100 €, 10 tokens (20 €) a day for 4 days ending 3 days ago; B: 50 €, 5 tokens (10 €) a day for 6 days.
        Payback.Share a = new Payback.Share(new BigDecimal("100"), daily("10", 4, TODAY.minusDays(3)));
        Payback.Share b = new Payback.Share(new BigDecimal("50"), daily("5", 6, TODAY));
        Payback fleet = Payback.of(List.of(a, b), TWO_EUROS, DECIMALS, TODAY);
        // Together per day: -6: 20, -5: 50, -4: 80, -3: 110, -2: 120, -1: 130, 0: 140. 150 € is never reached.
        assertThat(fleet.outlook()).isEqualTo(Outlook.PROJECTED);
        Payback.Share cheaperB = new Payback.Share(new BigDecimal("30"), b.earnedPerDay());
        assertThat(Payback.of(List.of(a, cheaperB), TWO_EUROS, DECIMALS, TODAY).date()).as("130 € crossed on day -1")
                .contains(TODAY.minusDays(1));
    }

    @Test
    void aNewDeviceInTheFleetAddsNothingToThePaceUntilItHasHistory() {
        Payback.Share old = new Payback.Share(new BigDecimal("100"), daily("1", 20, TODAY));
        Payback.Share added = new Payback.Share(new BigDecimal("100"), daily("50", 2, TODAY));
        Payback fleet = Payback.of(List.of(old, added), TWO_EUROS, DECIMALS, TODAY);
        // 200 € together: yesterday 19 + 50 tokens (138 €), today 20 + 100 tokens (240 €).
        assertThat(fleet.outlook()).isEqualTo(Outlook.PAID_BACK);
        assertThat(fleet.date()).contains(TODAY);
        Payback.Share dearer = new Payback.Share(new BigDecimal("400"), added.earnedPerDay());
        Payback slower = Payback.of(List.of(old, dearer), TWO_EUROS, DECIMALS, TODAY);
        // 260 € left at the old device's 2 € a day (the new one too young to count): 130 days.
        assertThat(slower.date()).contains(TODAY.plusDays(130));
    }
}
