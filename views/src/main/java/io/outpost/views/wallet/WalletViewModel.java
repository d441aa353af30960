package io.outpost.views.wallet;

import io.outpost.wallet.WalletState;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.value.ObservableValue;

/** The wallet screen's state: which message fits the wallet as it is (none yet, locked or unlocked). */
public final class WalletViewModel {
    /** What the wallet screen explains; each has a title and a body text. */
    public enum Situation {
        NO_WALLET("wallet.empty.title", "wallet.empty.body"),
        LOCKED("wallet.locked.title", "wallet.locked.body"),
        UNLOCKED("wallet.unlocked.title", "wallet.unlocked.body");

        private final String titleKey;
        private final String bodyKey;

        Situation(String titleKey, String bodyKey) {
            this.titleKey = titleKey;
            this.bodyKey = bodyKey;
        }

        public String titleKey() {
            return titleKey;
        }

        public String bodyKey() {
            return bodyKey;
        }
    }

    private final ObjectBinding<Situation> situation;

    public WalletViewModel(ObservableValue<WalletState> walletState) {
        this.situation = Bindings.createObjectBinding(() -> situationOf(walletState.getValue()), walletState);
    }

    // Unknown (still reading, or unreadable) is shown as no wallet: nothing is claimed that was not seen.
    private static Situation situationOf(WalletState state) {
        if (state == null) {
            return Situation.NO_WALLET;
        }
        return switch (state) {
            case NONE -> Situation.NO_WALLET;
            case LOCKED -> Situation.LOCKED;
            case UNLOCKED -> Situation.UNLOCKED;
        };
    }

    public ObjectBinding<Situation> situationProperty() {
        return situation;
    }
}
