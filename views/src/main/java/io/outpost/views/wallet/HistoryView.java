package io.outpost.views.wallet;

import java.util.Optional;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.ListChangeListener;
import javafx.collections.WeakListChangeListener;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/** Code-built: the history is a list of rows read in the background. */
final class HistoryView {
    private final HistoryViewModel model;
    private final WalletTexts texts;
    private final VBox rows = new VBox(10);
    private final ScrollPane root;
    private final ListChangeListener<Object> itemsChanged = change -> fill();
    private final ChangeListener<Boolean> loadingChanged = (obs, old, now) -> fill();

    HistoryView(HistoryViewModel model, WalletViewModel pages, WalletTexts texts) {
        this.model = model;
        this.texts = texts;
        Button back = new Button(texts.get("wallet.back.overview"));
        back.setId("wallet-back");
        back.setOnAction(e -> pages.showOverview());
        Label title = new Label(texts.get("wallet.history.title"));
        title.getStyleClass().add("title-3");
        Label account = new Label();
        account.getStyleClass().add("text-muted");
        account.textProperty().bind(model.accountProperty().map(a -> texts.get("wallet.forAccount", a.checksummed())));
        VBox column = new VBox(14, back, title, account, texts.progress(model.loadingProperty(), "wallet.loading", "history-loading"),
                texts.progress(model.busyProperty(), "wallet.history.replacing", "history-replacing"),
                texts.feedbackLabel(model.feedbackProperty(), "history-feedback"), rows);
        column.setId("wallet-history");
        root = new ScrollPane(column);
        root.setFitToWidth(true);
        root.getStyleClass().add("edge-to-edge");
        model.items().addListener(new WeakListChangeListener<>(itemsChanged));
        model.loadingProperty().addListener(new WeakChangeListener<>(loadingChanged));
        root.getProperties().put(HistoryView.class, this);
        fill();
    }

    private void fill() {
        rows.getChildren().setAll(new HistoryRows(texts, model.tokenDecimals(), model.tokenSymbol(), model.contracts(), Optional.of(model)).rows(model.items()));
        if (model.items().isEmpty() && !model.loadingProperty().get() && model.feedbackProperty().get() == null) {
            Label none = new Label(texts.get("wallet.history.none"));
            none.setId("history-none");
            none.getStyleClass().add("text-muted");
            rows.getChildren().add(none);
        }
    }

    Parent root() {
        return root;
    }
}
