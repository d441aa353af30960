package io.outpost.views.settings;

import io.outpost.app.settings.Settings;
import io.outpost.app.settings.Theme;
import io.outpost.i18n.Language;
import io.outpost.i18n.Messages;
import io.outpost.views.common.ScreenView;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import io.outpost.views.common.TextConverter;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;

/** A static form, so its layout is FXML ({@code SettingsView.fxml}); this controller binds it to the ViewModel. */
public final class SettingsView implements ScreenView {
    private final SettingsViewModel model;
    private final Messages messages;
    private final Parent root;

    @FXML
    private ComboBox<String> languageBox;
    @FXML
    private ComboBox<Theme> themeBox;
    @FXML
    private Label dataFolderLabel;
    @FXML
    private Label languageLabel;
    @FXML
    private Label themeLabel;
    @FXML
    private ComboBox<Integer> alertBox;
    @FXML
    private Label alertLabel;
    @FXML
    private ComboBox<Integer> summaryBox;
    @FXML
    private Label summaryLabel;
    @FXML
    private ComboBox<Integer> historyBox;
    @FXML
    private Label historyLabel;
    @FXML
    private CheckBox streetMapBox;
    @FXML
    private CheckBox updatesBox;

    public SettingsView(SettingsViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        FXMLLoader loader = new FXMLLoader(SettingsView.class.getResource("SettingsView.fxml"), messages.bundle());
        loader.setControllerFactory(type -> this);
        try {
            this.root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("SettingsView.fxml is missing from the build", e);
        }
    }

    @FXML
    private void initialize() {
        languageBox.getItems().setAll(model.languageChoices());
        languageBox.setConverter(TextConverter.of(this::languageName));
        languageBox.valueProperty().bindBidirectional(model.languageProperty());
        themeBox.getItems().setAll(model.themeChoices());
        themeBox.setConverter(TextConverter.of(this::themeName));
        themeBox.valueProperty().bindBidirectional(model.themeProperty());
        dataFolderLabel.setText(model.dataFolder().toString());
        alertBox.getItems().setAll(model.offlineAlertChoices());
        alertBox.setConverter(TextConverter.of(minutes -> messages.get("settings.alerts.minutes", minutes)));
        alertBox.valueProperty().bindBidirectional(model.offlineAlertMinutesProperty());
        summaryBox.getItems().setAll(model.dailySummaryChoices());
        summaryBox.setConverter(TextConverter.of(this::summaryTime));
        summaryBox.valueProperty().bindBidirectional(model.dailySummaryHourProperty());
        historyBox.getItems().setAll(model.historyChoices());
        historyBox.setConverter(TextConverter.of(days -> days == 0 ? messages.get("settings.history.forever")
                : messages.get("settings.history.days", days)));
        historyBox.valueProperty().bindBidirectional(model.historyDaysProperty());
        streetMapBox.selectedProperty().bindBidirectional(model.streetMapProperty());
        updatesBox.selectedProperty().bindBidirectional(model.updatesProperty());
        languageLabel.setLabelFor(languageBox);
        themeLabel.setLabelFor(themeBox);
        alertLabel.setLabelFor(alertBox);
        historyLabel.setLabelFor(historyBox);
        summaryLabel.setLabelFor(summaryBox);
    }

    // "Off", or the hour as the language writes a time of day ("6:00 PM", "18:00").
    private String summaryTime(int hour) {
        return hour == Settings.DAILY_SUMMARY_OFF ? messages.get("settings.summary.off")
                : messages.get("settings.summary.at", DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                .withLocale(messages.locale()).format(LocalTime.of(hour, 0)));
    }

    private String languageName(String tag) {
        return Settings.SYSTEM_LANGUAGE.equals(tag)
                ? messages.get("settings.language.system")
                : Language.byTag(tag).map(Language::nativeName).orElse(tag);
    }

    private String themeName(Theme theme) {
        return switch (theme) {
            case SYSTEM -> messages.get("settings.theme.system");
            case LIGHT -> messages.get("settings.theme.light");
            case DARK -> messages.get("settings.theme.dark");
        };
    }


    @Override
    public Parent root() {
        return root;
    }
}
