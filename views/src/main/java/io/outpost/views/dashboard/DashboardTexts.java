package io.outpost.views.dashboard;

import io.outpost.app.dashboard.Fleet;
import io.outpost.app.onboarding.TrustClass;
import io.outpost.i18n.Messages;
import io.outpost.network.NetworkProfile;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
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
}
