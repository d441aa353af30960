package io.outpost.views.wallet;

import io.outpost.i18n.Messages;
import io.outpost.views.common.EmptyState;
import io.outpost.views.common.ScreenFrame;
import io.outpost.views.common.ScreenView;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.scene.Parent;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.feather.Feather;

/** Code-built: what it shows depends on the wallet's state. */
public final class WalletView implements ScreenView {
    private final Parent root;
    private final StackPane content = new StackPane();
    private final Messages messages;
    // Held here and registered weakly: a view replaced after a language switch lets go of its ViewModel.
    private final ChangeListener<WalletViewModel.Situation> situationChanged = (obs, old, now) -> show(now);

    public WalletView(WalletViewModel model, Messages messages) {
        this.messages = messages;
        this.root = ScreenFrame.of("screen-wallet", messages.get("wallet.title"), content);
        show(model.situationProperty().get());
        model.situationProperty().addListener(new WeakChangeListener<>(situationChanged));
        // The root node keeps this view, and so its listener, alive for as long as it is shown.
        root.getProperties().put(WalletView.class, this);
    }

    private void show(WalletViewModel.Situation situation) {
        var icon = switch (situation) {
            case NO_WALLET -> Feather.CREDIT_CARD;
            case LOCKED -> Feather.LOCK;
            case UNLOCKED -> Feather.UNLOCK;
        };
        content.getChildren().setAll(new EmptyState(icon,
                messages.get(situation.titleKey()), messages.get(situation.bodyKey())));
    }

    @Override
    public Parent root() {
        return root;
    }
}
