package io.outpost.views.wallet;

import io.outpost.i18n.Messages;
import io.outpost.views.common.WrappingLabel;
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
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import javafx.geometry.Pos;
import javafx.scene.Node;

/** How the wallet pages (and the onboarding wizard) write amounts, dates and feedback in the language shown. */
public final class WalletTexts {
    private static final int SHOWN_ETHER_DECIMALS = 6;

    private final Messages messages;

    public WalletTexts(Messages messages) {
        this.messages = messages;
    }

    public ResourceBundle bundle() {
        return messages.bundle();
    }

    public String get(String key, Object... args) {
        return messages.get(key, args);
    }

    public String amount(Feedback.Amount amount) {
        return messages.tokenAmount(amount.units(), amount.decimals(), amount.symbol());
    }

    public String amount(BigInteger units, int decimals, String symbol) {
        return messages.tokenAmount(units, decimals, symbol);
    }

    /** ETH to six decimals (rounded down): enough to judge fees, without eighteen digits to read. */
    public String ether(BigInteger wei) {
        BigInteger step = BigInteger.TEN.pow(Feedback.Amount.ETHER_DECIMALS - SHOWN_ETHER_DECIMALS);
        return amount(Feedback.Amount.ether(wei.divide(step).multiply(step)));
    }

    public String date(Instant instant) {
        return messages.formats().dateTime(instant);
    }

    public String text(Feedback feedback) {
        Object[] args = feedback.args().stream().map(arg -> switch (arg) {
            case Feedback.Amount amount -> amount(amount);
            case Instant instant -> date(instant);
            default -> arg;
        }).toArray();
        return messages.get(feedback.key(), args);
    }

    /** A line that shows the latest feedback, green for good news and red for a problem; empty when there is none. */
    public Label feedbackLabel(ObservableValue<Feedback> feedback, String id) {
        Label label = new WrappingLabel();
        label.setId(id);
        bindFeedback(label, feedback);
        return label;
    }

    /** Makes {@code label} show the latest feedback (an FXML page declares the label, this fills it). */
    public void bindFeedback(Label label, ObservableValue<Feedback> feedback) {
        label.textProperty().bind(feedback.map(this::text).orElse(""));
        label.managedProperty().bind(label.visibleProperty());
        label.visibleProperty().bind(feedback.map(f -> true).orElse(false));
        // Bound, not listened to: a page rebuilt after a language switch must not stay tied to the model.
        label.styleProperty().bind(feedback.map(now -> now.tone() == Feedback.Tone.SUCCESS
                ? "-fx-text-fill: -color-success-fg;" : "-fx-text-fill: -color-danger-fg;").orElse(""));
    }

    /** A spinner with a line of text, shown while {@code busy}. */
    public HBox progress(ObservableValue<Boolean> busy, String key, String id) {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(20, 20);
        Label text = new WrappingLabel(messages.get(key));
        text.setMinHeight(Region.USE_PREF_SIZE);
        HBox box = new HBox(8, spinner, text);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setId(id);
        showWhile(box, busy);
        return box;
    }

    /** Shows {@code node}, taking its room in the layout, only while {@code condition} holds. */
    public static void showWhile(Node node, ObservableValue<Boolean> condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }

    /** The field's characters, and the field emptied: the password lives on only in the returned array. */
    public static char[] take(PasswordField field) {
        char[] typed = field.getText().toCharArray();
        field.clear();
        return typed;
    }

    public static PasswordField passwordField(String id) {
        PasswordField field = new PasswordField();
        field.setId(id);
        field.setPrefColumnCount(22);
        return field;
    }

    public static Button primary(String text, String id) {
        Button button = new Button(text);
        button.setId(id);
        button.getStyleClass().add("accent");
        button.setDefaultButton(true);
        return button;
    }

    /** A page's heading with its icon. */
    public Label heading(String key, Ikon icon) {
        Label label = new Label(get(key), new FontIcon(icon));
        label.getStyleClass().add("title-3");
        return label;
    }

    /** A paragraph that wraps. */
    public Label body(String key) {
        Label label = new WrappingLabel(get(key));
        return label;
    }
}
