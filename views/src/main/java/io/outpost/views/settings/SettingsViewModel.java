package io.outpost.views.settings;

import io.outpost.views.common.SettingsKeeper;
import io.outpost.app.AppServices;
import io.outpost.app.settings.Settings;
import io.outpost.app.settings.Theme;
import io.outpost.i18n.Language;
import io.outpost.i18n.Messages;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The settings screen's state. A choice applies at once (language re-renders the window, theme recolours
 * it) and is saved; the choices offered are only valid ones, so there is nothing to reject.
 */
public final class SettingsViewModel {
    private final SettingsKeeper settings;
    private final Messages messages;
    private final Consumer<Theme> themeApplier;
    private final Locale systemLocale;
    private final Path dataFolder;
    private final StringProperty language = new SimpleStringProperty();
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> offlineAlertMinutes = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> historyDays = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> dailySummaryHour = new SimpleObjectProperty<>();
    private final BooleanProperty streetMap = new SimpleBooleanProperty();
    private final BooleanProperty updates = new SimpleBooleanProperty();

    /**
     * @param alerts takes the settings at once when a choice of the alerts changed (offline threshold, daily
     *               summary): the alerts run all the time
     */
    public SettingsViewModel(SettingsKeeper settings, Messages messages, Consumer<Theme> themeApplier,
                             Locale systemLocale, Path dataFolder, Consumer<Settings> alerts) {
        this.settings = settings;
        this.messages = messages;
        this.themeApplier = themeApplier;
        this.systemLocale = systemLocale;
        this.dataFolder = dataFolder;
        language.set(settings.current().language());
        theme.set(settings.current().theme());
        offlineAlertMinutes.set(settings.current().offlineAlertMinutes());
        historyDays.set(settings.current().historyRetentionDays());
        dailySummaryHour.set(settings.current().dailySummaryHour());
        streetMap.set(settings.current().streetMap().enabled());
        // Maps take it the next time they are shown; the tile server itself is only in settings.json.
        streetMap.addListener((obs, old, now) -> settings.update(s -> s.withStreetMap(s.streetMap().withEnabled(now))));
        updates.set(settings.current().updates().on());
        // The next daily check reads it; nothing is asked while it is off.
        updates.addListener((obs, old, now) -> settings.update(s -> s.withUpdates(s.updates().withEnabled(now))));
        language.addListener((obs, old, now) -> chooseLanguage(now));
        theme.addListener((obs, old, now) -> chooseTheme(now));
        offlineAlertMinutes.addListener((obs, old, now) -> {
            if (now != null) {
                settings.update(s -> s.withOfflineAlertMinutes(now));
                alerts.accept(settings.current());
            }
        });
        dailySummaryHour.addListener((obs, old, now) -> {
            if (now != null) {
                settings.update(s -> s.withDailySummaryHour(now));
                alerts.accept(settings.current());
            }
        });
        historyDays.addListener((obs, old, now) -> {
            if (now != null) {
                settings.update(s -> s.withHistoryRetentionDays(now));
            }
        });
    }

    public List<Integer> offlineAlertChoices() {
        return Settings.OFFLINE_ALERT_CHOICES;
    }

    /** Off ({@link Settings#DAILY_SUMMARY_OFF}), then the hours of the day the summary can come at. */
    public List<Integer> dailySummaryChoices() {
        return Settings.DAILY_SUMMARY_CHOICES;
    }

    /** The hour of the day (local time) yesterday's summary is told at, or {@link Settings#DAILY_SUMMARY_OFF}. */
    public ObjectProperty<Integer> dailySummaryHourProperty() {
        return dailySummaryHour;
    }

    /** Whether maps show streets and places from the internet (OpenStreetMap's tiles); off by default. */
    public BooleanProperty streetMapProperty() {
        return streetMap;
    }

    /** Whether Outpost tells when a new version of it is out (once a day it reads its release feed); on by default. */
    public BooleanProperty updatesProperty() {
        return updates;
    }

    /** Days of history kept; 0 keeps everything. */
    public List<Integer> historyChoices() {
        return Settings.HISTORY_RETENTION_CHOICES;
    }

    /** After how many minutes without a sign of life a device's loss is told. */
    public ObjectProperty<Integer> offlineAlertMinutesProperty() {
        return offlineAlertMinutes;
    }

    public ObjectProperty<Integer> historyDaysProperty() {
        return historyDays;
    }

    /** {@link Settings#SYSTEM_LANGUAGE} first, then every shipped language by tag. */
    public List<String> languageChoices() {
        return Stream.concat(Stream.of(Settings.SYSTEM_LANGUAGE), Arrays.stream(Language.values()).map(Language::tag))
                .toList();
    }

    public List<Theme> themeChoices() {
        return List.of(Theme.values());
    }

    public StringProperty languageProperty() {
        return language;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public Path dataFolder() {
        return dataFolder;
    }

    private void chooseLanguage(String tag) {
        if (tag == null) {
            return;
        }
        settings.update(s -> s.withLanguage(tag));
        messages.setLanguage(AppServices.languageFor(settings.current(), systemLocale));
    }

    private void chooseTheme(Theme chosen) {
        if (chosen == null) {
            return;
        }
        settings.update(s -> s.withTheme(chosen));
        themeApplier.accept(chosen);
    }
}
