package io.outpost.views.wallet;

import io.outpost.app.chain.StakeTokens;
import io.outpost.network.NetworkProfile;
import java.math.BigInteger;
import java.util.function.Function;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;

/** A static form, so its layout is FXML ({@code StakeView.fxml}); this controller binds it to the ViewModel. */
final class StakeView {
    private final StakeViewModel model;
    private final WalletViewModel pages;
    private final WalletTexts texts;
    private final Parent root;

    @FXML
    private Label accountLabel;
    @FXML
    private Label stakedLabel;
    @FXML
    private Label coolingLabel;
    @FXML
    private Label withdrawableLabel;
    @FXML
    private Label amountLabel;
    @FXML
    private TextField amountField;
    @FXML
    private Label symbolLabel;
    @FXML
    private Button stakeButton;
    @FXML
    private Button unstakeButton;
    @FXML
    private Button withdrawButton;
    @FXML
    private Label feedbackLabel;
    @FXML
    private HBox progressBox;

    StakeView(StakeViewModel model, WalletViewModel pages, WalletTexts texts) {
        this.model = model;
        this.pages = pages;
        this.texts = texts;
        this.root = PageFxml.load("StakeView.fxml", texts, this);
    }

    @FXML
    private void initialize() {
        NetworkProfile.TokenInfo token = model.tokenInfo();
        Function<BigInteger, String> tokens = units -> texts.amount(units, token.decimals(), token.symbol());
        accountLabel.textProperty().bind(model.accountProperty().map(a -> texts.get("wallet.forAccount", a.checksummed())));
        stakedLabel.textProperty().bind(model.statusProperty().map(s -> tokens.apply(s.staked())).orElse("…"));
        coolingLabel.textProperty().bind(model.statusProperty().map(s -> tokens.apply(s.cooling())).orElse("…"));
        withdrawableLabel.textProperty().bind(model.statusProperty().map(this::withdrawable).orElse("…"));
        symbolLabel.setText(token.symbol());
        amountLabel.setLabelFor(amountField);
        amountField.textProperty().bindBidirectional(model.amountProperty());
        stakeButton.disableProperty().bind(model.busyProperty());
        unstakeButton.disableProperty().bind(model.busyProperty());
        withdrawButton.disableProperty().bind(model.busyProperty());
        texts.bindFeedback(feedbackLabel, model.feedbackProperty());
        WalletTexts.showWhile(progressBox, model.busyProperty());
    }

    private String withdrawable(StakeTokens.Status status) {
        return status.withdrawableFrom().map(texts::date).orElse(texts.get("wallet.stake.nothingCooling"));
    }

    @FXML
    private void back() {
        pages.showOverview();
    }

    @FXML
    private void stake() {
        model.stake();
    }

    @FXML
    private void unstake() {
        model.unstake();
    }

    @FXML
    private void withdraw() {
        model.withdraw();
    }

    Parent root() {
        return root;
    }
}
