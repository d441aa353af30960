package io.outpost.views.wallet;

import io.outpost.app.chain.SendFunds;
import io.outpost.views.common.TextConverter;
import io.outpost.views.common.WrappingLabel;
import java.util.List;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** A static form, so its layout is FXML ({@code SendView.fxml}); this controller binds it to the ViewModel. */
final class SendView {
    private final SendViewModel model;
    private final WalletViewModel pages;
    private final WalletTexts texts;
    private final Parent root;
    private final ChangeListener<SendFunds.Review> reviewChanged = (obs, old, now) -> showWarnings(now);

    @FXML
    private Label fromLabel;
    @FXML
    private GridPane form;
    @FXML
    private Label recipientLabel;
    @FXML
    private TextField recipientField;
    @FXML
    private Label amountLabel;
    @FXML
    private TextField amountField;
    @FXML
    private ComboBox<SendFunds.Asset> assetBox;
    @FXML
    private Label speedLabel;
    @FXML
    private ComboBox<SendFunds.Speed> speedBox;
    @FXML
    private Button reviewButton;
    @FXML
    private VBox reviewBox;
    @FXML
    private VBox warningsBox;
    @FXML
    private Label reviewText;
    @FXML
    private Button confirmButton;
    @FXML
    private Label feedbackLabel;
    @FXML
    private HBox progressBox;

    SendView(SendViewModel model, WalletViewModel pages, WalletTexts texts) {
        this.model = model;
        this.pages = pages;
        this.texts = texts;
        this.root = PageFxml.load("SendView.fxml", texts, this);
        // The root node keeps this view, and so its weakly registered listener, alive while it is shown.
        root.getProperties().put(SendView.class, this);
    }

    @FXML
    private void initialize() {
        fromLabel.textProperty().bind(model.fromProperty().map(a -> texts.get("wallet.forAccount", a.checksummed())));
        recipientLabel.setLabelFor(recipientField);
        amountLabel.setLabelFor(amountField);
        speedLabel.setLabelFor(speedBox);
        recipientField.textProperty().bindBidirectional(model.recipientProperty());
        amountField.textProperty().bindBidirectional(model.amountProperty());
        assetBox.getItems().setAll(SendFunds.Asset.values());
        assetBox.setConverter(TextConverter.of(asset -> asset == SendFunds.Asset.NATIVE ? "ETH" : model.tokenSymbol()));
        assetBox.valueProperty().bindBidirectional(model.assetProperty());
        speedBox.getItems().setAll(SendFunds.Speed.values());
        speedBox.setConverter(TextConverter.of(speed -> texts.get(switch (speed) {
            case SLOW -> "wallet.send.speed.slow";
            case NORMAL -> "wallet.send.speed.normal";
            case FAST -> "wallet.send.speed.fast";
        })));
        speedBox.valueProperty().bindBidirectional(model.speedProperty());
        BooleanBinding reviewing = model.reviewProperty().isNotNull();
        form.disableProperty().bind(reviewing);
        reviewButton.disableProperty().bind(model.busyProperty().or(reviewing));
        confirmButton.disableProperty().bind(model.busyProperty());
        WalletTexts.showWhile(reviewBox, reviewing);
        reviewText.textProperty().bind(model.reviewProperty().map(this::describe).orElse(""));
        model.reviewProperty().addListener(new WeakChangeListener<>(reviewChanged));
        showWarnings(model.reviewProperty().get());
        texts.bindFeedback(feedbackLabel, model.feedbackProperty());
        WalletTexts.showWhile(progressBox, model.busyProperty());
    }

    private String describe(SendFunds.Review review) {
        return texts.get("wallet.send.summary", texts.amount(model.amountOf(review)), review.recipient().checksummed(),
                texts.amount(Feedback.Amount.ether(review.maxNetworkFee())), texts.amount(Feedback.Amount.ether(review.maxTotalNative())));
    }

    private void showWarnings(SendFunds.Review review) {
        warningsBox.getChildren().setAll(review == null ? List.of() : review.warnings().stream().map(warning -> {
            Label label = new WrappingLabel(switch (warning) {
                case SendFunds.Warning.FirstTimeRecipient first -> texts.get("wallet.send.warning.firstTime");
                case SendFunds.Warning.ResemblesRecentRecipient looksLike -> texts.get("wallet.send.warning.lookAlike",
                        looksLike.recent().checksummed());
            }, new FontIcon(Feather.ALERT_TRIANGLE));
            label.getStyleClass().add("warning-text");
            return label;
        }).toList());
    }


    @FXML
    private void back() {
        pages.showOverview();
    }

    @FXML
    private void review() {
        model.review();
    }

    @FXML
    private void edit() {
        model.edit();
    }

    @FXML
    private void confirm() {
        model.confirm();
    }

    Parent root() {
        return root;
    }
}
