package io.outpost.views.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import io.outpost.app.settings.SettingsStore;
import io.outpost.devnet.AnvilAccounts;
import io.outpost.wallet.keys.Address;
import io.outpost.wallet.tx.Transaction;
import java.math.BigInteger;
import java.util.Optional;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WalletSettingsViewModelTest {
    private static final Transaction.FeeMarket TRANSFER = new Transaction.FeeMarket(31337, BigInteger.ZERO, BigInteger.ONE,
            BigInteger.TWO, BigInteger.valueOf(21_000), Optional.of("0x" + "11".repeat(20)), BigInteger.ONE, new byte[0]);

    @TempDir
    Path folder;

    @Test
    void changesThePasswordOnlyWithTheRightOldOne() throws Exception {
        WalletPagesFixture fixture = new WalletPagesFixture(folder);
        fixture.wallet.create(12, new char[0], "old password".toCharArray());
        WalletSettingsViewModel settings = fixture.pages().settings();

        settings.changePassword("not it at all".toCharArray(), "new password".toCharArray(), "new password".toCharArray());
        assertThat(settings.feedbackProperty().get().key()).isEqualTo("wallet.problem.wrongPassword");
        settings.changePassword("old password".toCharArray(), "new".toCharArray(), "new".toCharArray());
        assertThat(settings.feedbackProperty().get().key()).isEqualTo("wallet.setup.password.short");
        fixture.session.unlock("old password".toCharArray());

        settings.changePassword("old password".toCharArray(), "new password".toCharArray(), "new password".toCharArray());
        assertThat(settings.feedbackProperty().get()).isEqualTo(Feedback.success("wallet.settings.password.changed"));
        fixture.session.lock();
        fixture.session.unlock("new password".toCharArray());
        assertThat(fixture.session.isUnlocked()).isTrue();
    }

    @Test
    void showsTheWordsOnlyForTheRightPasswordAndForgetsThemOnLeaving() throws Exception {
        WalletPagesFixture fixture = new WalletPagesFixture(folder);
        fixture.wallet.create(12, new char[0], "old password".toCharArray());
        WalletSettingsViewModel settings = fixture.pages().settings();

        settings.revealWords("wrong".toCharArray());
        assertThat(settings.revealedWords()).isEmpty();
        settings.revealWords("old password".toCharArray());
        assertThat(settings.revealedWords()).hasSize(12);

        settings.reset();
        assertThat(settings.revealedWords()).isEmpty();
    }

    @Test
    void addsTheNextAccountOfTheWordsAndCanSignForItAtOnce() throws Exception {
        WalletPagesFixture fixture = new WalletPagesFixture(folder);
        fixture.wallet.restore(AnvilAccounts.MNEMONIC, new char[0], "old password".toCharArray());
        WalletSettingsViewModel settings = fixture.pages().settings();

        settings.addAccount("wrong".toCharArray());
        assertThat(fixture.wallet.accounts()).hasSize(1);
        settings.addAccount("old password".toCharArray());

        Address second = fixture.wallet.address(1).orElseThrow();
        assertThat(second.checksummed()).isEqualTo("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
        assertThat(settings.feedbackProperty().get()).isEqualTo(Feedback.success("wallet.settings.account.added", second.checksummed()));
        assertThat(fixture.session.signerFor(second).apply(TRANSFER).from()).isEqualToIgnoringCase(second.value());
    }

    @Test
    void theAutoLockChoiceIsSavedAndUsedFromTheNextUnlock() throws Exception {
        WalletPagesFixture fixture = new WalletPagesFixture(folder);
        WalletSettingsViewModel settings = fixture.pages().settings();
        assertThat(settings.autoLockMinutesProperty().get()).isEqualTo(5);

        settings.autoLockMinutesProperty().set(15);

        assertThat(new SettingsStore(folder.resolve("settings.json"), Clock.systemUTC()).load().settings().autoLockMinutes())
                .isEqualTo(15);
        assertThat(Files.readString(folder.resolve("settings.json"))).containsPattern("\"autoLockMinutes\"\\s*:\\s*15");
    }

    @Test
    void exportsTheKeystoreForTheRightPasswordOnly() throws Exception {
        WalletPagesFixture fixture = new WalletPagesFixture(folder);
        var account = fixture.wallet.create(12, new char[0], "old password".toCharArray()).address();
        WalletSettingsViewModel settings = fixture.pages().settings();
        Path target = folder.resolve("backup.json");

        settings.exportKeystore(account, "wrong".toCharArray(), target);
        assertThat(target).doesNotExist();
        settings.exportKeystore(account, "old password".toCharArray(), target);
        assertThat(Files.readString(target)).contains("\"crypto\"", account.value().substring(2));
        assertThat(Files.getPosixFilePermissions(target)).hasSize(2);
    }
}
