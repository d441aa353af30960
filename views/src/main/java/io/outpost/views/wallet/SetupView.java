package io.outpost.views.wallet;

import io.outpost.views.common.WrappingLabel;
import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Code-built: the words and the positions asked back are data; each step is a small column of its own. */
final class SetupView {
    private static final int WORD_COLUMNS = 4;

    private final SetupViewModel model;
    private final WalletTexts texts;
    private final VBox root = new VBox(14);
    private final ChangeListener<SetupViewModel.Step> stepChanged = (obs, old, now) -> show(now);

    SetupView(SetupViewModel model, WalletTexts texts) {
        this.model = model;
        this.texts = texts;
        root.setId("wallet-setup");
        root.setMaxWidth(720);
        model.stepProperty().addListener(new WeakChangeListener<>(stepChanged));
        root.getProperties().put(SetupView.class, this);
        show(model.stepProperty().get());
    }

    Parent root() {
        return root;
    }

    private void show(SetupViewModel.Step step) {
        root.getChildren().setAll(switch (step) {
            case CHOOSE -> choose();
            case WORDS -> words();
            case CONFIRM -> confirm();
            case PASSWORD -> password();
            case RESTORE -> restore();
        });
    }

    private List<Node> choose() {
        Button create = WalletTexts.primary(texts.get("wallet.setup.create"), "setup-create");
        create.setOnAction(e -> model.createNew());
        Button restore = new Button(texts.get("wallet.setup.restore"));
        restore.setId("setup-restore");
        restore.setOnAction(e -> model.restoreExisting());
        return List.of(texts.heading("wallet.setup.title", Feather.CREDIT_CARD), texts.body("wallet.setup.body"),
                new HBox(12, create, restore));
    }

    private List<Node> words() {
        GridPane grid = new GridPane(24, 10);
        grid.setId("setup-words");
        grid.getStyleClass().add("recovery-words");
        for (int i = 0; i < model.words().size(); i++) {
            Label word = new Label(texts.get("wallet.setup.word", i + 1, model.words().get(i)));
            word.setId("setup-word-" + (i + 1));
            word.getStyleClass().add("recovery-word");
            grid.add(word, i % WORD_COLUMNS, i / WORD_COLUMNS);
        }
        Button back = new Button(texts.get("wallet.back"));
        back.setId("setup-back");
        back.setOnAction(e -> model.reset());
        Button done = WalletTexts.primary(texts.get("wallet.setup.words.done"), "setup-words-done");
        done.setOnAction(e -> model.wordsWrittenDown());
        return List.of(texts.heading("wallet.setup.words.title", Feather.EDIT_3), texts.body("wallet.setup.words.body"),
                warning("wallet.setup.words.warning"), grid, new HBox(12, back, done));
    }

    private List<Node> confirm() {
        GridPane grid = new GridPane(12, 10);
        for (int i = 0; i < model.asked().size(); i++) {
            Label label = new Label(texts.get("wallet.setup.confirm.word", model.asked().get(i) + 1));
            TextField answer = new TextField();
            answer.setId("setup-answer-" + i);
            answer.textProperty().bindBidirectional(model.answers().get(i));
            label.setLabelFor(answer);
            grid.addRow(i, label, answer);
        }
        Button again = new Button(texts.get("wallet.setup.confirm.again"));
        again.setId("setup-words-again");
        again.setOnAction(e -> model.backToWords());
        Button next = WalletTexts.primary(texts.get("wallet.continue"), "setup-confirm");
        next.setOnAction(e -> model.confirmWords());
        return List.of(texts.heading("wallet.setup.confirm.title", Feather.CHECK_SQUARE), texts.body("wallet.setup.confirm.body"), grid,
                texts.feedbackLabel(model.feedbackProperty(), "setup-feedback"), new HBox(12, again, next));
    }

    private List<Node> password() {
        PasswordField password = WalletTexts.passwordField("setup-password");
        PasswordField repeated = WalletTexts.passwordField("setup-password-repeat");
        Button create = WalletTexts.primary(texts.get("wallet.setup.finish"), "setup-finish");
        create.disableProperty().bind(model.busyProperty());
        create.setOnAction(e -> model.create(WalletTexts.take(password), WalletTexts.take(repeated)));
        repeated.setOnAction(create.getOnAction());
        return List.of(texts.heading("wallet.setup.password.title", Feather.LOCK), texts.body("wallet.setup.password.body"),
                passwordGrid(password, repeated), texts.feedbackLabel(model.feedbackProperty(), "setup-feedback"),
                texts.progress(model.busyProperty(), "wallet.setup.saving", "setup-progress"), create);
    }

    private List<Node> restore() {
        TextArea words = new TextArea();
        words.setId("restore-words");
        words.setWrapText(true);
        words.setPrefRowCount(4);
        words.setPromptText(texts.get("wallet.restore.prompt"));
        words.textProperty().bindBidirectional(model.restoreWordsProperty());
        PasswordField password = WalletTexts.passwordField("restore-password");
        PasswordField repeated = WalletTexts.passwordField("restore-password-repeat");
        Button back = new Button(texts.get("wallet.back"));
        back.setId("restore-back");
        back.setOnAction(e -> model.reset());
        Button restore = WalletTexts.primary(texts.get("wallet.restore.finish"), "restore-finish");
        restore.disableProperty().bind(model.busyProperty());
        restore.setOnAction(e -> model.restore(WalletTexts.take(password), WalletTexts.take(repeated)));
        return List.of(texts.heading("wallet.restore.title", Feather.ROTATE_CCW), texts.body("wallet.restore.body"), words,
                texts.body("wallet.setup.password.body"), passwordGrid(password, repeated),
                texts.feedbackLabel(model.feedbackProperty(), "setup-feedback"),
                texts.progress(model.busyProperty(), "wallet.setup.saving", "setup-progress"), new HBox(12, back, restore));
    }

    private GridPane passwordGrid(PasswordField password, PasswordField repeated) {
        GridPane grid = new GridPane(12, 10);
        Label first = new Label(texts.get("wallet.password"));
        first.setLabelFor(password);
        Label second = new Label(texts.get("wallet.password.repeat"));
        second.setLabelFor(repeated);
        grid.addRow(0, first, password);
        grid.addRow(1, second, repeated);
        return grid;
    }

    private Label warning(String key) {
        Label label = new WrappingLabel(texts.get(key), new FontIcon(Feather.ALERT_TRIANGLE));
        label.getStyleClass().add("warning-text");
        label.setAlignment(Pos.TOP_LEFT);
        return label;
    }
}
