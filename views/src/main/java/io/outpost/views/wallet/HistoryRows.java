package io.outpost.views.wallet;

import io.outpost.app.chain.AccountHistory;
import io.outpost.app.transactions.JournalEntry;
import io.outpost.wallet.keys.Address;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** One row per history item: when, and what it did in words (the same words as {@code outpost wallet history}). */
final class HistoryRows {
    private final WalletTexts texts;
    private final int decimals;
    private final String symbol;

    HistoryRows(WalletTexts texts, int decimals, String symbol) {
        this.texts = texts;
        this.decimals = decimals;
        this.symbol = symbol;
    }

    List<HBox> rows(List<AccountHistory.Item> items) {
        return items.stream().map(this::row).toList();
    }

    private HBox row(AccountHistory.Item item) {
        List<String> lines = new ArrayList<>();
        item.transaction().ifPresent(tx -> lines.add(texts.get("cli.wallet.history.transaction",
                tx.to().map(to -> new Address(to).checksummed()).orElse("-"), state(tx.state()))));
        for (AccountHistory.Event event : item.events()) {
            lines.add(texts.get(eventKey(event.name()), texts.amount(event.amount(), decimals, symbol)));
        }
        Label what = new Label(String.join(" ", lines));
        what.setWrapText(true);
        Label when = new Label(texts.date(item.at()));
        when.getStyleClass().add("text-muted");
        HBox row = new HBox(12, new FontIcon(item.events().isEmpty() ? Feather.SEND : Feather.CHECK_CIRCLE), new VBox(2, what, when));
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("history-row");
        return row;
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
