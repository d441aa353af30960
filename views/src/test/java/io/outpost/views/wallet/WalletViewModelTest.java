package io.outpost.views.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import io.outpost.wallet.WalletState;
import io.outpost.wallet.keys.Address;
import java.nio.file.Path;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WalletViewModelTest {
    private static final Address SOMEONE = Address.parse("0x3c44cdddb6a900fa2b585dd299e03d12fa4293bc").orElseThrow();

    @TempDir
    Path folder;

    @Test
    void showsThePageTheWalletStateCallsFor() {
        SimpleObjectProperty<WalletState> state = new SimpleObjectProperty<>();
        WalletViewModel model = new WalletViewModel(state, new WalletPagesFixture(folder).pages());
        assertThat(model.pageProperty().get()).as("still reading").isEqualTo(WalletViewModel.Page.LOADING);

        state.set(WalletState.NONE);
        assertThat(model.pageProperty().get()).isEqualTo(WalletViewModel.Page.SETUP);
        state.set(WalletState.LOCKED);
        assertThat(model.pageProperty().get()).isEqualTo(WalletViewModel.Page.UNLOCK);
        state.set(WalletState.UNLOCKED);
        assertThat(model.pageProperty().get()).isEqualTo(WalletViewModel.Page.OVERVIEW);
        assertThat(model.pages().overview().feedbackProperty().get().key()).as("a chain that fails is told, in words")
                .isEqualTo("wallet.problem.unexpected");
    }

    @Test
    void opensAPageForAnAccountAndComesBack() {
        SimpleObjectProperty<WalletState> state = new SimpleObjectProperty<>(WalletState.UNLOCKED);
        WalletViewModel model = new WalletViewModel(state, new WalletPagesFixture(folder).pages());

        model.open(WalletViewModel.Page.SEND, SOMEONE);
        assertThat(model.pageProperty().get()).isEqualTo(WalletViewModel.Page.SEND);
        assertThat(model.pages().send().fromProperty().get()).isEqualTo(SOMEONE);
        model.showOverview();
        assertThat(model.pageProperty().get()).isEqualTo(WalletViewModel.Page.OVERVIEW);

        state.set(WalletState.LOCKED);
        model.open(WalletViewModel.Page.HISTORY, SOMEONE);
        state.set(WalletState.UNLOCKED);
        assertThat(model.pageProperty().get()).as("unlocking again starts at the overview").isEqualTo(WalletViewModel.Page.OVERVIEW);
    }
}
