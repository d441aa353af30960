package io.outpost.app.settings;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the user chose, as stored in {@code settings.json}. {@code language} is a language tag such as
 * {@code pt-BR}, or {@link #SYSTEM_LANGUAGE} to follow the computer. {@code window} is null until the
 * window has been closed once.
 */
public record Settings(int schemaVersion, String language, Theme theme, String networkId, String lastScreen,
                       WindowBounds window, Integer autoLockMinutes, Integer historyRetentionDays,
                       Integer offlineAlertMinutes, Integer dailySummaryHour, StreetMap streetMap,
                       UpdateCheck updates) {
    public static final int CURRENT_VERSION = 1;
    public static final int DEFAULT_AUTO_LOCK_MINUTES = 5;
    /** The choices the settings offer for locking the wallet when unused (minutes). */
    public static final List<Integer> AUTO_LOCK_CHOICES = List.of(1, 5, 15, 30, 60);
    public static final String SYSTEM_LANGUAGE = "system";
    /** How long the local history keeps raw readings; 0 keeps them all. */
    public static final int DEFAULT_HISTORY_RETENTION_DAYS = 365;
    /** The choices the settings offer for keeping history (days; 0 = keep everything). */
    public static final List<Integer> HISTORY_RETENTION_CHOICES = List.of(30, 90, 365, 0);
    public static final int DEFAULT_OFFLINE_ALERT_MINUTES = 5;
    /** The choices the settings offer for telling of a device not heard from (minutes). */
    public static final List<Integer> OFFLINE_ALERT_CHOICES = List.of(2, 5, 10, 30, 60);
    /** No daily summary (the default). */
    public static final int DAILY_SUMMARY_OFF = -1;
    /** The choices the settings offer for the daily summary: off, or the hour of the day (local time) it comes at. */
    public static final List<Integer> DAILY_SUMMARY_CHOICES = List.of(DAILY_SUMMARY_OFF, 8, 12, 18, 21);

    public Settings {
        language = Objects.requireNonNullElse(language, SYSTEM_LANGUAGE);
        theme = Objects.requireNonNullElse(theme, Theme.SYSTEM);
        networkId = Objects.requireNonNullElse(networkId, "devnet");
        lastScreen = Objects.requireNonNullElse(lastScreen, "dashboard");
        // Added within schema 1: a file without it (or with a value the app does not offer) gets the default.
        autoLockMinutes = autoLockMinutes != null && AUTO_LOCK_CHOICES.contains(autoLockMinutes)
                ? autoLockMinutes : DEFAULT_AUTO_LOCK_MINUTES;
        // Added within schema 1 as well: missing or negative means the default.
        historyRetentionDays = historyRetentionDays != null && historyRetentionDays >= 0
                ? historyRetentionDays : DEFAULT_HISTORY_RETENTION_DAYS;
        offlineAlertMinutes = offlineAlertMinutes != null && OFFLINE_ALERT_CHOICES.contains(offlineAlertMinutes)
                ? offlineAlertMinutes : DEFAULT_OFFLINE_ALERT_MINUTES;
        dailySummaryHour = dailySummaryHour != null && DAILY_SUMMARY_CHOICES.contains(dailySummaryHour)
                ? dailySummaryHour : DAILY_SUMMARY_OFF;
        streetMap = Objects.requireNonNullElseGet(streetMap, StreetMap::off);
        // Added within schema 1: telling of new versions, on unless switched off.
        updates = Objects.requireNonNullElseGet(updates, UpdateCheck::defaults);
    }

    public static Settings defaults() {
        return new Settings(CURRENT_VERSION, SYSTEM_LANGUAGE, Theme.SYSTEM, "devnet", "dashboard", null, DEFAULT_AUTO_LOCK_MINUTES,
                DEFAULT_HISTORY_RETENTION_DAYS, DEFAULT_OFFLINE_ALERT_MINUTES, DAILY_SUMMARY_OFF, StreetMap.off(), UpdateCheck.defaults());
    }

    public Optional<WindowBounds> windowBounds() {
        return Optional.ofNullable(window).filter(WindowBounds::plausible);
    }

    public Settings withLanguage(String newLanguage) {
        return new Settings(schemaVersion, newLanguage, theme, networkId, lastScreen, window, autoLockMinutes,
                historyRetentionDays, offlineAlertMinutes, dailySummaryHour, streetMap, updates);
    }

    public Settings withTheme(Theme newTheme) {
        return new Settings(schemaVersion, language, newTheme, networkId, lastScreen, window, autoLockMinutes,
                historyRetentionDays, offlineAlertMinutes, dailySummaryHour, streetMap, updates);
    }

    public Settings withLastScreen(String screen) {
        return new Settings(schemaVersion, language, theme, networkId, screen, window, autoLockMinutes,
                historyRetentionDays, offlineAlertMinutes, dailySummaryHour, streetMap, updates);
    }

    public Settings withNetworkId(String id) {
        return new Settings(schemaVersion, language, theme, id, lastScreen, window, autoLockMinutes,
                historyRetentionDays, offlineAlertMinutes, dailySummaryHour, streetMap, updates);
    }

    public Settings withWindow(WindowBounds bounds) {
        return new Settings(schemaVersion, language, theme, networkId, lastScreen, bounds, autoLockMinutes,
                historyRetentionDays, offlineAlertMinutes, dailySummaryHour, streetMap, updates);
    }

    public Settings withAutoLockMinutes(int minutes) {
        return new Settings(schemaVersion, language, theme, networkId, lastScreen, window, minutes,
                historyRetentionDays, offlineAlertMinutes, dailySummaryHour, streetMap, updates);
    }

    public Settings withHistoryRetentionDays(int days) {
        return new Settings(schemaVersion, language, theme, networkId, lastScreen, window, autoLockMinutes, days,
                offlineAlertMinutes, dailySummaryHour, streetMap, updates);
    }

    public Settings withOfflineAlertMinutes(int minutes) {
        return new Settings(schemaVersion, language, theme, networkId, lastScreen, window, autoLockMinutes,
                historyRetentionDays, minutes, dailySummaryHour, streetMap, updates);
    }

    public Settings withDailySummaryHour(int hour) {
        return new Settings(schemaVersion, language, theme, networkId, lastScreen, window, autoLockMinutes,
                historyRetentionDays, offlineAlertMinutes, hour, streetMap, updates);
    }

    public Settings withStreetMap(StreetMap now) {
        return new Settings(schemaVersion, language, theme, networkId, lastScreen, window, autoLockMinutes,
                historyRetentionDays, offlineAlertMinutes, dailySummaryHour, now, updates);
    }

    public Settings withUpdates(UpdateCheck now) {
        return new Settings(schemaVersion, language, theme, networkId, lastScreen, window, autoLockMinutes,
                historyRetentionDays, offlineAlertMinutes, dailySummaryHour, streetMap, now);
    }

    /** When the daily summary comes (local time); empty when it is off. */
    public Optional<LocalTime> dailySummaryAt() {
        return dailySummaryHour == DAILY_SUMMARY_OFF ? Optional.empty() : Optional.of(LocalTime.of(dailySummaryHour, 0));
    }

    public Duration offlineAlertAfter() {
        return Duration.ofMinutes(offlineAlertMinutes);
    }

    public Duration autoLock() {
        return java.time.Duration.ofMinutes(autoLockMinutes);
    }
}
