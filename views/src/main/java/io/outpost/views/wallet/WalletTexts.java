package io.outpost.views.wallet;

import io.outpost.i18n.Messages;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ResourceBundle;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.geometry.Pos;
import javafx.scene.Node;

/** How the wallet pages write amounts, dates and feedback in the language shown. */
final class WalletTexts {
    private static final int SHOWN_ETHER_DECIMALS = 6;

    private final Messages messages;

    WalletTexts(Messages messages) {
        this.messages = messages;
    }

    ResourceBundle bundle() {
        return messages.bundle();
    }

    String get(String key, Object... args) {
        return messages.get(key, args);
    }

    String amount(Feedback.Amount amount) {
        return messages.tokenAmount(amount.units(), amount.decimals(), amount.symbol());
    }

    String amount(BigInteger units, int decimals, String symbol) {
        return messages.tokenAmount(units, decimals, symbol);
    }

    /** ETH to six decimals (rounded down): enough to judge fees, without eighteen digits to read. */
    String ether(BigInteger wei) {
        BigInteger step = BigInteger.TEN.pow(Feedback.Amount.ETHER_DECIMALS - SHOWN_ETHER_DECIMALS);
        return amount(Feedback.Amount.ether(wei.divide(step).multiply(step)));
    }

    String date(Instant instant) {
        return messages.formats().dateTime(instant);
    }

    String text(Feedback feedback) {
        Object[] args = feedback.args().stream().map(arg -> switch (arg) {
            case Feedback.Amount amount -> amount(amount);
            case Instant instant -> date(instant);
            default -> arg;
        }).toArray();
        return messages.get(feedback.key(), args);
    }

    /** A line that shows the latest feedback, green for good news and red for a problem; empty when there is none. */
    Label feedbackLabel(ObservableValue<Feedback> feedback, String id) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        bindFeedback(label, feedback);
        return label;
    }

    /** Makes {@code label} show the latest feedback (an FXML page declares the label, this fills it). */
    void bindFeedback(Label label, ObservableValue<Feedback> feedback) {
        label.textProperty().bind(feedback.map(this::text).orElse(""));
        label.managedProperty().bind(label.visibleProperty());
        label.visibleProperty().bind(feedback.map(f -> true).orElse(false));
        // Bound, not listened to: a page rebuilt after a language switch must not stay tied to the model.
        label.styleProperty().bind(feedback.map(now -> now.tone() == Feedback.Tone.SUCCESS
                ? "-fx-text-fill: -color-success-fg;" : "-fx-text-fill: -color-danger-fg;").orElse(""));
    }

    /** A spinner with a line of text, shown while {@code busy}. */
    HBox progress(ObservableValue<Boolean> busy, String key, String id) {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(20, 20);
        Label text = new Label(messages.get(key));
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        HBox box = new HBox(8, spinner, text);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setId(id);
        showWhile(box, busy);
        return box;
    }

    /** Shows {@code node}, taking its room in the layout, only while {@code condition} holds. */
    static void showWhile(Node node, ObservableValue<Boolean> condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }

    /** The field's characters, and the field emptied: the password lives on only in the returned array. */
    static char[] take(PasswordField field) {
        char[] typed = field.getText().toCharArray();
        field.clear();
        return typed;
    }

    static PasswordField passwordField(String id) {
        PasswordField field = new PasswordField();
        field.setId(id);
        field.setPrefColumnCount(22);
        return field;
    }

    static Button primary(String text, String id) {
        Button button = new Button(text);
        button.setId(id);
        button.getStyleClass().add("accent");
        button.setDefaultButton(true);
        return button;
    }
}
