package io.outpost.views.wallet;

import io.outpost.views.common.TextConverter;
import io.outpost.wallet.keys.Address;
import java.io.File;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** A static form, so its layout is FXML ({@code WalletSettingsView.fxml}); this controller binds it to the ViewModel. */
final class WalletSettingsView {
    private final WalletSettingsViewModel model;
    private final WalletViewModel pages;
    private final WalletTexts texts;
    private final Parent root;

    @FXML
    private Label feedbackLabel;
    @FXML
    private HBox progressBox;
    @FXML
    private Label autoLockLabel;
    @FXML
    private ComboBox<Integer> autoLockBox;
    @FXML
    private Label oldLabel;
    @FXML
    private PasswordField oldField;
    @FXML
    private Label newLabel;
    @FXML
    private PasswordField newField;
    @FXML
    private Label repeatLabel;
    @FXML
    private PasswordField repeatField;
    @FXML
    private Button changeButton;
    @FXML
    private Label revealLabel;
    @FXML
    private PasswordField revealField;
    @FXML
    private Button revealButton;
    @FXML
    private VBox wordsBox;
    @FXML
    private Label wordsLabel;
    @FXML
    private Label accountLabel;
    @FXML
    private PasswordField accountField;
    @FXML
    private Button accountButton;
    @FXML
    private Label exportBody;
    @FXML
    private Label exportLabel;
    @FXML
    private PasswordField exportField;
    @FXML
    private Button exportButton;

    WalletSettingsView(WalletSettingsViewModel model, WalletViewModel pages, WalletTexts texts) {
        this.model = model;
        this.pages = pages;
        this.texts = texts;
        this.root = PageFxml.load("WalletSettingsView.fxml", texts, this);
    }

    @FXML
    private void initialize() {
        texts.bindFeedback(feedbackLabel, model.feedbackProperty());
        WalletTexts.showWhile(progressBox, model.busyProperty());
        autoLockBox.getItems().setAll(model.autoLockChoices());
        autoLockBox.setConverter(TextConverter.of(minutes -> minutes == 1 ? texts.get("wallet.settings.autoLock.oneMinute")
                : texts.get("wallet.settings.autoLock.minutes", minutes)));
        autoLockBox.valueProperty().bindBidirectional(model.autoLockMinutesProperty());
        autoLockLabel.setLabelFor(autoLockBox);
        oldLabel.setLabelFor(oldField);
        newLabel.setLabelFor(newField);
        repeatLabel.setLabelFor(repeatField);
        revealLabel.setLabelFor(revealField);
        exportLabel.setLabelFor(exportField);
        accountLabel.setLabelFor(accountField);
        accountButton.disableProperty().bind(model.busyProperty());
        changeButton.disableProperty().bind(model.busyProperty());
        revealButton.disableProperty().bind(model.busyProperty());
        exportButton.disableProperty().bind(model.busyProperty().or(pages.accountProperty().isNull()));
        exportBody.textProperty().bind(pages.accountProperty().map(a -> texts.get("wallet.settings.export.body", a.checksummed())));
        wordsLabel.textProperty().bind(Bindings.createStringBinding(() -> IntStream.range(0, model.revealedWords().size())
                .mapToObj(i -> texts.get("wallet.setup.word", i + 1, model.revealedWords().get(i)))
                .collect(Collectors.joining("   ")), model.revealedWords()));
        WalletTexts.showWhile(wordsBox, Bindings.isNotEmpty(model.revealedWords()));
    }

    @FXML
    private void back() {
        model.reset();
        pages.showOverview();
    }

    @FXML
    private void lockNow() {
        model.lockNow();
    }

    @FXML
    private void changePassword() {
        model.changePassword(WalletTexts.take(oldField), WalletTexts.take(newField), WalletTexts.take(repeatField));
    }

    @FXML
    private void addAccount() {
        model.addAccount(WalletTexts.take(accountField));
    }

    @FXML
    private void revealWords() {
        model.revealWords(WalletTexts.take(revealField));
    }

    @FXML
    private void hideWords() {
        model.reset();
    }

    @FXML
    private void exportKeystore() {
        Address account = pages.accountProperty().get();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(texts.get("wallet.settings.export.title"));
        chooser.setInitialFileName("outpost-" + account.checksummed() + ".json");
        File target = chooser.showSaveDialog(root.getScene().getWindow());
        if (target != null) {
            model.exportKeystore(account, WalletTexts.take(exportField), target.toPath());
        }
    }

    Parent root() {
        return root;
    }
}
