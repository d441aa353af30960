package io.outpost.views.wallet;

import io.outpost.app.chain.AccountHistory;
import io.outpost.app.transactions.JournalEntry;
import io.outpost.network.NetworkProfile;
import io.outpost.views.common.WrappingLabel;
import io.outpost.wallet.keys.Address;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** One row per history item: when, and what it did in words (the same words as {@code outpost wallet history}). */
final class HistoryRows {
    private final WalletTexts texts;
    private final int decimals;
    private final String symbol;
    private final Optional<HistoryViewModel> pendingActions;
    private final Map<String, String> contractNames;

    /** @param pendingActions where a transaction still waiting can be sped up or cancelled; empty for a summary */
    HistoryRows(WalletTexts texts, int decimals, String symbol, NetworkProfile.ContractAddresses contracts,
                Optional<HistoryViewModel> pendingActions) {
        this.texts = texts;
        this.decimals = decimals;
        this.symbol = symbol;
        this.pendingActions = pendingActions;
        this.contractNames = Map.of(contracts.token().toLowerCase(Locale.ROOT), texts.get("wallet.contract.token", symbol),
                contracts.staking().toLowerCase(Locale.ROOT), texts.get("wallet.contract.staking"),
                contracts.rewardsDistributor().toLowerCase(Locale.ROOT), texts.get("wallet.contract.rewards"),
                contracts.deviceRegistry().toLowerCase(Locale.ROOT), texts.get("wallet.contract.registry"));
    }

    // Outpost's own contracts by name; any other address as written, with its checksum.
    private String nameOf(String to) {
        return contractNames.getOrDefault(to.toLowerCase(Locale.ROOT), new Address(to).checksummed());
    }

    List<HBox> rows(List<AccountHistory.Item> items) {
        return items.stream().map(this::row).toList();
    }

    private HBox row(AccountHistory.Item item) {
        List<String> lines = new ArrayList<>();
        item.transaction().ifPresent(tx -> lines.add(texts.get("cli.wallet.history.transaction",
                tx.to().map(this::nameOf).orElse("-"), state(tx.state()))));
        for (AccountHistory.Event event : item.events()) {
            lines.add(texts.get(eventKey(event.name()), texts.amount(event.amount(), decimals, symbol)));
        }
        Label what = new WrappingLabel(String.join(" ", lines));
        Label when = new Label(texts.date(item.at()));
        when.getStyleClass().add("text-muted");
        VBox text = new VBox(2, what, when);
        item.transaction().filter(tx -> tx.state() == JournalEntry.State.PENDING)
                .ifPresent(tx -> pendingActions.ifPresent(model -> text.getChildren().add(replaceButtons(model, tx.hash()))));
        HBox row = new HBox(12, new FontIcon(item.events().isEmpty() ? Feather.SEND : Feather.CHECK_CIRCLE), text);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("history-row");
        return row;
    }

    private HBox replaceButtons(HistoryViewModel model, String hash) {
        Label hint = new WrappingLabel(texts.get("wallet.history.pending.hint"));
        hint.getStyleClass().add("text-muted");
        Button speedUp = new Button(texts.get("wallet.history.speedUp"));
        speedUp.setId("speed-up-" + hash);
        speedUp.setOnAction(e -> model.speedUp(hash));
        Button cancel = new Button(texts.get("wallet.history.cancel"));
        cancel.setId("cancel-" + hash);
        cancel.setOnAction(e -> model.cancel(hash));
        for (Button button : List.of(speedUp, cancel)) {
            button.setMinWidth(Region.USE_PREF_SIZE);
            button.disableProperty().bind(model.busyProperty());
        }
        HBox box = new HBox(10, speedUp, cancel, hint);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static String eventKey(String name) {
        return switch (name) {
            case "Claimed" -> "cli.wallet.history.event.claimed";
            case "Staked" -> "cli.wallet.history.event.staked";
            case "UnstakeRequested" -> "cli.wallet.history.event.unstakeRequested";
            default -> "cli.wallet.history.event.withdrawn";
        };
    }

    private String state(JournalEntry.State state) {
        return texts.get(switch (state) {
            case PENDING -> "cli.wallet.history.state.pending";
            case MINED -> "cli.wallet.history.state.mined";
            case REVERTED -> "cli.wallet.history.state.reverted";
            case REPLACED -> "cli.wallet.history.state.replaced";
            case REJECTED -> "cli.wallet.history.state.rejected";
        });
    }
}
