package io.outpost.views.wallet;

import io.outpost.i18n.Messages;
import io.outpost.views.common.ClipboardGuard;
import io.outpost.views.common.ScreenFrame;
import io.outpost.views.common.ScreenView;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.StackPane;

/** The wallet screen: the page its ViewModel asks for, each page built once per language and kept. */
public final class WalletView implements ScreenView {
    private final Parent root;
    private final StackPane content = new StackPane();
    private final WalletViewModel model;
    private final WalletTexts texts;
    private final ClipboardGuard clipboard;
    private final Map<WalletViewModel.Page, Parent> built = new EnumMap<>(WalletViewModel.Page.class);
    // Held here and registered weakly: a view replaced after a language switch lets go of its ViewModel.
    private final ChangeListener<WalletViewModel.Page> pageChanged = (obs, old, now) -> show(now);

    public WalletView(WalletViewModel model, Messages messages, ClipboardGuard clipboard) {
        this.model = model;
        this.texts = new WalletTexts(messages);
        this.clipboard = clipboard;
        content.setAlignment(Pos.TOP_LEFT);
        this.root = ScreenFrame.of("screen-wallet", messages.get("wallet.title"), content);
        show(model.pageProperty().get());
        model.pageProperty().addListener(new WeakChangeListener<>(pageChanged));
        // The root node keeps this view, and so its listener, alive for as long as it is shown.
        root.getProperties().put(WalletView.class, this);
    }

    private void show(WalletViewModel.Page page) {
        content.getChildren().setAll(built.computeIfAbsent(page, this::build));
    }

    private Parent build(WalletViewModel.Page page) {
        WalletViewModel.WalletPages pages = model.pages();
        return switch (page) {
            case LOADING -> new StackPane(new ProgressIndicator());
            case SETUP -> new SetupView(pages.setup(), texts).root();
            case UNLOCK -> new UnlockView(pages.unlock(), texts).root();
            case OVERVIEW -> new OverviewView(pages.overview(), model, texts, clipboard).root();
            case STAKE -> new StakeView(pages.stake(), model, texts).root();
            case SEND -> new SendView(pages.send(), model, texts).root();
            case HISTORY -> new HistoryView(pages.history(), model, texts).root();
            case SETTINGS -> new WalletSettingsView(pages.settings(), model, texts).root();
        };
    }

    @Override
    public Parent root() {
        return root;
    }
}
