package io.outpost.views.wallet;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.HBox;

/** A static form, so its layout is FXML ({@code UnlockView.fxml}); this controller binds it to the ViewModel. */
final class UnlockView {
    private final UnlockViewModel model;
    private final WalletTexts texts;
    private final Parent root;

    @FXML
    private Label passwordLabel;
    @FXML
    private PasswordField passwordField;
    @FXML
    private Button unlockButton;
    @FXML
    private Label feedbackLabel;
    @FXML
    private HBox progressBox;

    UnlockView(UnlockViewModel model, WalletTexts texts) {
        this.model = model;
        this.texts = texts;
        this.root = PageFxml.load("UnlockView.fxml", texts, this);
    }

    @FXML
    private void initialize() {
        passwordLabel.setLabelFor(passwordField);
        unlockButton.disableProperty().bind(model.busyProperty());
        texts.bindFeedback(feedbackLabel, model.feedbackProperty());
        WalletTexts.showWhile(progressBox, model.busyProperty());
    }

    @FXML
    private void unlock() {
        model.unlock(WalletTexts.take(passwordField));
    }

    Parent root() {
        return root;
    }
}
