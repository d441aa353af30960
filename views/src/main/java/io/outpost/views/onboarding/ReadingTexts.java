package io.outpost.views.onboarding;

import io.outpost.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A sensor's reading in words, as the onboarding wizard shows it live ("PM2.5: 12.1 µg/m³ · PM10: 29.3 µg/m³"). */
final class ReadingTexts {
    // The order they are shown in.
    private static final List<String> FIELDS = List.of("pm25Ugm3", "pm10Ugm3", "powerDeliveredKw", "powerReturnedKw",
            "energyDeliveredKwh", "energyReturnedKwh", "gasM3", "satellites", "altitudeM");

    private final Messages messages;

    ReadingTexts(Messages messages) {
        this.messages = messages;
    }

    /** The values people can read; others (fix quality, time stamps) are left out. */
    String text(Map<String, Object> reading) {
        List<String> parts = new ArrayList<>();
        if (reading.get("lat") instanceof Number lat && reading.get("lon") instanceof Number lon) {
            parts.add(messages.get("reading.position", lat, lon));
        }
        for (String field : FIELDS) {
            if (reading.get(field) instanceof Number value) {
                parts.add(messages.get(keyOf(field), value));
            }
        }
        return parts.isEmpty() ? messages.get("reading.waiting") : messages.get("reading.live", String.join(" · ", parts));
    }

    private static String keyOf(String field) {
        return switch (field) {
            case "pm25Ugm3" -> "reading.pm25";
            case "pm10Ugm3" -> "reading.pm10";
            case "powerDeliveredKw" -> "reading.powerDelivered";
            case "powerReturnedKw" -> "reading.powerReturned";
            case "energyDeliveredKwh" -> "reading.energyDelivered";
            case "energyReturnedKwh" -> "reading.energyReturned";
            case "gasM3" -> "reading.gas";
            case "satellites" -> "reading.satellites";
            case "altitudeM" -> "reading.altitude";
            default -> throw new IllegalArgumentException(field);
        };
    }
}
