package io.outpost.app.dashboard;

import io.outpost.app.history.CostBook;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * When what a device (or a fleet) cost is earned back: the earnings so far at the price the user entered, the
 * share of the cost that is, and the day they crossed it or, at the pace of the last 30 days, will. Pure: money
 * is {@link BigDecimal}, tokens their smallest unit, days UTC.
 *
 * @param cost        hardware and onboarding, in {@code currency}
 * @param earnedUnits every token earned, in the token's smallest unit
 * @param earnedMoney what they are worth at the price entered (exact, not rounded)
 * @param date        the day it was paid back ({@link Outlook#PAID_BACK}) or is expected to be ({@link Outlook#PROJECTED})
 */
public record Payback(Currency currency, BigDecimal cost, BigInteger earnedUnits, BigDecimal earnedMoney, Outlook outlook,
                      Optional<LocalDate> date) {
    /** The pace is the average of the last this many whole days. */
    public static final int PACE_DAYS = 30;
    /** Fewer whole days of earnings than this say too little about the pace. */
    public static final int FEWEST_DAYS = 3;
    /** A date further away than this is no date anyone can plan with: "not at this pace". */
    static final int HORIZON_YEARS = 100;

    public enum Outlook {
        /** Nothing was paid for it (costs of zero). */
        NOTHING_TO_PAY_BACK,
        PAID_BACK,
        PROJECTED,
        /** Fewer than {@link #FEWEST_DAYS} whole days of earnings (or none at all). */
        NOT_ENOUGH_HISTORY,
        /** It earned nothing in the days the pace is taken from (or so little it would take a century). */
        NOT_AT_THIS_PACE
    }

    /** One device: what it cost, and what it earned on each day (UTC) since its first epoch. */
    public record Share(BigDecimal cost, SortedMap<LocalDate, BigInteger> earnedPerDay) {
    }

    /** The share of the cost earned so far: 0.25 is a quarter, above 1 once paid back (1 when it cost nothing). */
    public double paidBack() {
        return cost.signum() == 0 ? 1 : earnedMoney.divide(cost, MathContext.DECIMAL64).doubleValue();
    }

    /** One device's payback on {@code today}, its earnings valued at {@code price} (tokens of {@code decimals}). */
    public static Payback of(Share device, CostBook.TokenPrice price, int decimals, LocalDate today) {
        return of(List.of(device), price, decimals, today);
    }

    /**
     * The payback of several devices together: their costs against their earnings, paid back on the day the
     * earnings together crossed the costs together; the pace is the sum of each device's own (a device with too
     * little history adds nothing to it yet, so a new device does not drag the others' average down).
     */
    public static Payback of(List<Share> devices, CostBook.TokenPrice price, int decimals, LocalDate today) {
        BigDecimal cost = devices.stream().map(Share::cost).reduce(BigDecimal.ZERO, BigDecimal::add);
        SortedMap<LocalDate, BigInteger> perDay = new TreeMap<>();
        devices.forEach(device -> device.earnedPerDay().forEach((day, units) -> perDay.merge(day, units, BigInteger::add)));
        BigInteger earned = perDay.values().stream().reduce(BigInteger.ZERO, BigInteger::add);
        BigDecimal money = worth(earned, decimals, price);
        if (cost.signum() == 0) {
            return new Payback(price.currency(), cost, earned, money, Outlook.NOTHING_TO_PAY_BACK, Optional.empty());
        }
        Optional<LocalDate> crossed = dayCrossed(perDay, cost, decimals, price);
        if (crossed.isPresent()) {
            return new Payback(price.currency(), cost, earned, money, Outlook.PAID_BACK, crossed);
        }
        List<BigDecimal> paces = new ArrayList<>();
        devices.forEach(device -> pacePerDay(device.earnedPerDay(), today).ifPresent(paces::add));
        if (paces.isEmpty()) {
            return new Payback(price.currency(), cost, earned, money, Outlook.NOT_ENOUGH_HISTORY, Optional.empty());
        }
        BigDecimal moneyPerDay = worth(paces.stream().reduce(BigDecimal.ZERO, BigDecimal::add), decimals, price);
        Optional<LocalDate> projected = projected(cost.subtract(money), moneyPerDay, today);
        return new Payback(price.currency(), cost, earned, money,
                projected.isPresent() ? Outlook.PROJECTED : Outlook.NOT_AT_THIS_PACE, projected);
    }

    /** What {@code units} of a token of {@code decimals} are worth at {@code price}. */
    static BigDecimal worth(BigInteger units, int decimals, CostBook.TokenPrice price) {
        return worth(new BigDecimal(units), decimals, price);
    }

    private static BigDecimal worth(BigDecimal units, int decimals, CostBook.TokenPrice price) {
        return units.movePointLeft(decimals).multiply(price.perToken());
    }

    // The first day on which the earnings so far were worth the cost.
    private static Optional<LocalDate> dayCrossed(SortedMap<LocalDate, BigInteger> perDay, BigDecimal cost, int decimals,
                                                  CostBook.TokenPrice price) {
        BigInteger sum = BigInteger.ZERO;
        for (Map.Entry<LocalDate, BigInteger> day : perDay.entrySet()) {
            sum = sum.add(day.getValue());
            if (worth(sum, decimals, price).compareTo(cost) >= 0) {
                return Optional.of(day.getKey());
            }
        }
        return Optional.empty();
    }

    /**
     * A device's average earnings per day (token units) over its last {@link #PACE_DAYS} whole days: today is not
     * over and its first day was most likely a part of one, so neither counts. Empty with fewer than
     * {@link #FEWEST_DAYS} such days.
     */
    static Optional<BigDecimal> pacePerDay(SortedMap<LocalDate, BigInteger> perDay, LocalDate today) {
        if (perDay.isEmpty()) {
            return Optional.empty();
        }
        LocalDate from = perDay.firstKey().plusDays(1);
        if (from.isBefore(today.minusDays(PACE_DAYS))) {
            from = today.minusDays(PACE_DAYS);
        }
        long days = ChronoUnit.DAYS.between(from, today);
        if (days < FEWEST_DAYS) {
            return Optional.empty();
        }
        BigInteger sum = perDay.subMap(from, today).values().stream().reduce(BigInteger.ZERO, BigInteger::add);
        return Optional.of(new BigDecimal(sum).divide(BigDecimal.valueOf(days), MathContext.DECIMAL64));
    }

    // The day the rest is earned at the pace: empty when the pace is nothing, or a century would not do.
    private static Optional<LocalDate> projected(BigDecimal rest, BigDecimal moneyPerDay, LocalDate today) {
        if (moneyPerDay.signum() <= 0) {
            return Optional.empty();
        }
        BigDecimal days = rest.divide(moneyPerDay, 0, RoundingMode.CEILING);
        if (days.compareTo(BigDecimal.valueOf(HORIZON_YEARS * 366L)) > 0) {
            return Optional.empty();
        }
        return Optional.of(today.plusDays(days.longValueExact()));
    }
}
