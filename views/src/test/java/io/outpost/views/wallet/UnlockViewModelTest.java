package io.outpost.views.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnlockViewModelTest {
    @TempDir
    Path folder;

    @Test
    void aWrongPasswordIsToldAndTheRightOneOpensTheWallet() throws Exception {
        WalletPagesFixture fixture = new WalletPagesFixture(folder);
        fixture.wallet.create(12, new char[0], "the password".toCharArray());
        UnlockViewModel unlock = new UnlockViewModel(fixture.session, fixture.tasks);

        char[] wrong = "the passw0rd".toCharArray();
        unlock.unlock(wrong);
        assertThat(unlock.feedbackProperty().get().key()).isEqualTo("wallet.problem.wrongPassword");
        assertThat(wrong).containsOnly('\0');
        assertThat(fixture.session.isUnlocked()).isFalse();

        unlock.unlock("the password".toCharArray());
        assertThat(unlock.feedbackProperty().get()).isNull();
        assertThat(unlock.busyProperty().get()).isFalse();
        assertThat(fixture.session.isUnlocked()).isTrue();
    }
}
