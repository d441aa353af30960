package io.outpost.views.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import io.outpost.wallet.WalletState;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

class WalletViewModelTest {
    @Test
    void explainsTheWalletAsItIs() {
        SimpleObjectProperty<WalletState> state = new SimpleObjectProperty<>();
        WalletViewModel model = new WalletViewModel(state);
        assertThat(model.situationProperty().get()).isEqualTo(WalletViewModel.Situation.NO_WALLET);

        state.set(WalletState.LOCKED);
        assertThat(model.situationProperty().get()).isEqualTo(WalletViewModel.Situation.LOCKED);

        state.set(WalletState.UNLOCKED);
        assertThat(model.situationProperty().get()).isEqualTo(WalletViewModel.Situation.UNLOCKED);

        state.set(WalletState.NONE);
        assertThat(model.situationProperty().get()).isEqualTo(WalletViewModel.Situation.NO_WALLET);
    }
}
