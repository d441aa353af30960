package io.outpost.views.dashboard;

import io.outpost.app.dashboard.Fleet;
import io.outpost.app.dashboard.MoneyInput;
import io.outpost.app.dashboard.Payback;
import io.outpost.app.onboarding.TrustClass;
import io.outpost.i18n.Messages;
import io.outpost.network.NetworkProfile;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;

/** The dashboard's figures in words: percentages, token amounts to two decimals, "3 of 4". */
final class DashboardTexts {
    private static final int SHOWN_DECIMALS = 2;
    private final Messages messages;

    DashboardTexts(Messages messages) {
        this.messages = messages;
    }

    String get(String key, Object... args) {
        return messages.get(key, args);
    }

    Locale locale() {
        return messages.locale();
    }

    String percent(double fraction) {
        return messages.formats().percent(fraction);
    }

    /** Tokens rounded down to two decimals: enough to follow earnings at a glance. */
    String tokens(NetworkProfile.TokenInfo token, BigInteger units) {
        BigInteger step = BigInteger.TEN.pow(Math.max(0, token.decimals() - SHOWN_DECIMALS));
        return messages.tokenAmount(units.divide(step).multiply(step), token.decimals(), token.symbol());
    }

    /** An amount the network could not be asked for: a dash. */
    String tokens(NetworkProfile.TokenInfo token, Optional<BigInteger> units) {
        return units.map(amount -> tokens(token, amount)).orElse(messages.get("dashboard.unknown"));
    }

    String lastSeen(Fleet.DeviceRow row) {
        return row.online() ? messages.get("dashboard.status.now")
                : row.lastSeen().map(this::dateTime).orElse(messages.get("dashboard.status.never"));
    }

    String status(Fleet.DeviceRow row) {
        return messages.get(row.online() ? "dashboard.status.online" : "dashboard.status.offline");
    }

    String trust(TrustClass trust) {
        return messages.get(trust == TrustClass.HOST_ATTESTED ? "dashboard.trust.hostAttested" : "dashboard.trust.hardwareVerified");
    }

    /** A day on the chart's axis: its day of the month (the chart's title says which 30 days). */
    String shortDay(LocalDate day) {
        return messages.formats().number(day.getDayOfMonth());
    }

    /** A reading's name with its unit, for a chart's legend. */
    String metric(String metric) {
        return messages.get(switch (metric) {
            case "pm25Ugm3" -> "dashboard.metric.pm25";
            case "pm10Ugm3" -> "dashboard.metric.pm10";
            case "powerDeliveredKw" -> "dashboard.metric.power";
            case "satellites" -> "dashboard.metric.satellites";
            default -> "dashboard.metric.other";
        });
    }

    String dateTime(Instant at) {
        return messages.formats().dateTime(at);
    }

    /** A day in the language's medium style ("14 Jun 2027"). */
    String day(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale()).format(day);
    }

    /** An amount of money in {@code currency}, rounded to its usual decimals ("149,90 €", "$1,299.00", "¥1,500"). */
    String money(BigDecimal amount, Currency currency) {
        NumberFormat format = NumberFormat.getCurrencyInstance(messages.locale());
        format.setCurrency(currency);
        int decimals = MoneyInput.decimalsOf(currency);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(amount.setScale(decimals, RoundingMode.HALF_EVEN));
    }

    /** When it pays for itself, in a sentence (a device's page) or a few words (the fleet's tile). */
    String outlook(Payback payback, boolean brief) {
        String when = payback.date().map(this::day).orElse("");
        return messages.get(switch (payback.outlook()) {
            case NOTHING_TO_PAY_BACK -> brief ? "dashboard.roi.tile.nothing" : "dashboard.roi.outlook.nothing";
            case PAID_BACK -> brief ? "dashboard.roi.tile.paidBack" : "dashboard.roi.outlook.paidBack";
            case PROJECTED -> brief ? "dashboard.roi.tile.projected" : "dashboard.roi.outlook.projected";
            case NOT_ENOUGH_HISTORY -> brief ? "dashboard.roi.tile.notEnough" : "dashboard.roi.outlook.notEnough";
            case NOT_AT_THIS_PACE -> brief ? "dashboard.roi.tile.notAtThisPace" : "dashboard.roi.outlook.notAtThisPace";
        }, when, Payback.PACE_DAYS, Payback.FEWEST_DAYS);
    }
}
