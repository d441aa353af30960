package io.outpost.views.wallet;

import io.outpost.app.wallet.Balances;
import io.outpost.network.NetworkProfile;
import io.outpost.views.common.ClipboardGuard;
import io.outpost.views.common.WrappingLabel;
import io.outpost.wallet.keys.Address;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.IntStream;
import javafx.collections.ListChangeListener;
import javafx.collections.WeakListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Code-built: one card per account, and the latest activity, all from data read in the background. */
final class OverviewView {
    private final OverviewViewModel model;
    private final WalletViewModel pages;
    private final WalletTexts texts;
    private final ClipboardGuard clipboard;
    private final VBox cards = new VBox(16);
    private final VBox recent = new VBox(8);
    private final ScrollPane root;
    private final ListChangeListener<Object> changed = change -> fill();

    OverviewView(OverviewViewModel model, WalletViewModel pages, WalletTexts texts, ClipboardGuard clipboard) {
        this.model = model;
        this.pages = pages;
        this.texts = texts;
        this.clipboard = clipboard;
        Label recentTitle = new Label(texts.get("wallet.recent.title"));
        recentTitle.getStyleClass().add("title-4");
        VBox column = new VBox(14, toolbar(), texts.progress(model.loadingProperty(), "wallet.loading", "wallet-loading"),
                texts.progress(model.busyProperty(), "wallet.claim.progress", "claim-progress"),
                texts.feedbackLabel(model.feedbackProperty(), "wallet-feedback"), cards, recentTitle, recent);
        column.setId("wallet-overview");
        root = new ScrollPane(column);
        root.setFitToWidth(true);
        root.getStyleClass().add("edge-to-edge");
        model.accounts().addListener(new WeakListChangeListener<>(changed));
        model.recent().addListener(new WeakListChangeListener<>(changed));
        root.getProperties().put(OverviewView.class, this);
        fill();
    }

    Parent root() {
        return root;
    }

    private HBox toolbar() {
        Button refresh = iconButton("wallet.refresh", Feather.REFRESH_CW, "wallet-refresh");
        refresh.setOnAction(e -> model.refresh());
        Button settings = iconButton("wallet.settings.open", Feather.SETTINGS, "wallet-settings");
        settings.setOnAction(e -> pages.open(WalletViewModel.Page.SETTINGS, firstAccount()));
        Button lock = iconButton("wallet.lock", Feather.LOCK, "wallet-lock");
        lock.setOnAction(e -> model.lock());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label hint = new WrappingLabel(texts.get("wallet.overview.hint"));
        hint.setMinWidth(0);
        HBox.setHgrow(hint, Priority.SOMETIMES);
        hint.getStyleClass().add("text-muted");
        HBox bar = new HBox(10, hint, spacer, refresh, settings, lock);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private Address firstAccount() {
        return model.accounts().isEmpty() ? null : model.accounts().getFirst();
    }

    private void fill() {
        NetworkProfile.TokenInfo token = model.tokenProperty().get();
        cards.getChildren().setAll(token == null ? List.of() : IntStream.range(0, model.accounts().size())
                .mapToObj(i -> card(i, model.accounts().get(i), token)).toList());
        if (token == null) {
            recent.getChildren().clear();
            return;
        }
        HistoryRows rows = new HistoryRows(texts, token.decimals(), token.symbol(), model.contracts(), Optional.empty());
        recent.getChildren().setAll(rows.rows(model.recent()));
        if (model.recent().isEmpty()) {
            Label none = new Label(texts.get("wallet.recent.none"));
            none.getStyleClass().add("text-muted");
            recent.getChildren().add(none);
        }
    }

    private VBox card(int index, Address account, NetworkProfile.TokenInfo token) {
        Label name = new Label(texts.get("wallet.account", index + 1));
        name.getStyleClass().add("title-4");
        Label address = new Label(account.checksummed());
        address.setId("address-" + index);
        address.getStyleClass().add("address");
        Button copy = iconButton("wallet.copy", Feather.COPY, "copy-address-" + index);
        copy.setOnAction(e -> {
            clipboard.copy(account.checksummed());
            copy.setText(texts.get("wallet.copied"));
        });
        HBox header = new HBox(12, name, address, copy);
        header.setAlignment(Pos.CENTER_LEFT);

        Optional<Balances.AccountBalance> balance = model.balanceOf(account);
        Function<Function<Balances.AccountBalance, BigInteger>, String> tokens = of -> balance
                .map(read -> texts.amount(of.apply(read), token.decimals(), token.symbol())).orElse(texts.get("wallet.balance.unknown"));
        String claimable = balance.map(read -> read.claimable().map(units -> texts.amount(units, token.decimals(), token.symbol()))
                .orElse(texts.get("wallet.claimable.unknown"))).orElse(texts.get("wallet.balance.unknown"));
        GridPane figures = new GridPane(32, 8);
        figures.addRow(0, muted("wallet.claimable"), figure(claimable, "claimable-" + index), claimButton(index, account, balance));
        figures.addRow(1, muted("wallet.tokens"), figure(tokens.apply(Balances.AccountBalance::tokens), "tokens-" + index));
        figures.addRow(2, muted("wallet.staked"), figure(tokens.apply(Balances.AccountBalance::staked), "staked-" + index));
        figures.addRow(3, muted("wallet.ether"), figure(balance.map(read -> texts.ether(read.ether()))
                .orElse(texts.get("wallet.balance.unknown")), "ether-" + index));

        Button stake = iconButton("wallet.stake.open", Feather.LAYERS, "stake-" + index);
        stake.setOnAction(e -> pages.open(WalletViewModel.Page.STAKE, account));
        Button send = iconButton("wallet.send.open", Feather.SEND, "send-" + index);
        send.setOnAction(e -> pages.open(WalletViewModel.Page.SEND, account));
        Button history = iconButton("wallet.history.open", Feather.LIST, "history-" + index);
        history.setOnAction(e -> pages.open(WalletViewModel.Page.HISTORY, account));
        VBox card = new VBox(12, header, figures, new HBox(10, stake, send, history));
        card.getStyleClass().add("account-card");
        return card;
    }

    private Button claimButton(int index, Address account, Optional<Balances.AccountBalance> balance) {
        Button claim = WalletTexts.primary(texts.get("wallet.claim"), "claim-" + index);
        claim.setDefaultButton(false);
        // Unknown (the reward service did not answer) stays clickable: the claim asks again and says what it found.
        boolean nothingDue = balance.map(read -> read.claimable().map(BigInteger::signum).orElse(1) <= 0).orElse(true);
        if (nothingDue) {
            claim.setDisable(true);
        } else {
            claim.disableProperty().bind(model.busyProperty());
        }
        claim.setOnAction(e -> model.claim(account));
        return claim;
    }

    private Label muted(String key) {
        Label label = new Label(texts.get(key));
        label.getStyleClass().add("text-muted");
        return label;
    }

    private static Label figure(String text, String id) {
        Label label = new Label(text);
        label.setId(id);
        label.getStyleClass().add("figure");
        return label;
    }

    private Button iconButton(String key, Feather icon, String id) {
        Button button = new Button(texts.get(key), new FontIcon(icon));
        button.setId(id);
        // Buttons keep their words whole; the text beside them wraps instead.
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }
}
