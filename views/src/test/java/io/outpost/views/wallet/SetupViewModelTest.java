package io.outpost.views.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import io.outpost.devnet.AnvilAccounts;
import io.outpost.wallet.WalletState;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SetupViewModelTest {
    @TempDir
    Path folder;

    @Test
    void newWordsMustBeTypedBackBeforeAPasswordIsAsked() throws Exception {
        WalletPagesFixture fixture = new WalletPagesFixture(folder);
        SetupViewModel setup = new SetupViewModel(fixture.wallet, fixture.session, fixture.tasks, new Random(7));

        setup.createNew();
        assertThat(setup.words()).hasSize(24); // a word may come twice: the words are random
        setup.wordsWrittenDown();
        List<Integer> asked = List.copyOf(setup.asked());
        assertThat(asked).hasSize(3).isSorted().doesNotHaveDuplicates();
        assertThat(setup.stepProperty().get()).isEqualTo(SetupViewModel.Step.CONFIRM);

        for (int i = 0; i < 3; i++) {
            setup.answers().get(i).set(setup.words().get(asked.get(i)));
        }
        setup.answers().get(2).set("zoo" + setup.answers().get(2).get());
        setup.confirmWords();
        assertThat(setup.feedbackProperty().get()).isEqualTo(Feedback.problem("wallet.setup.confirm.wrong", asked.get(2) + 1));
        assertThat(setup.stepProperty().get()).isEqualTo(SetupViewModel.Step.CONFIRM);

        setup.answers().get(2).set("  " + setup.words().get(asked.get(2)).toUpperCase() + " ");
        setup.confirmWords();
        assertThat(setup.stepProperty().get()).as("case and spaces do not matter").isEqualTo(SetupViewModel.Step.PASSWORD);
    }

    @Test
    void aShortOrMistypedPasswordIsRefusedAndAGoodOneCreatesAndOpensTheWallet() throws Exception {
        WalletPagesFixture fixture = new WalletPagesFixture(folder);
        SetupViewModel setup = new SetupViewModel(fixture.wallet, fixture.session, fixture.tasks, new Random(7));
        setup.createNew();

        setup.create("short".toCharArray(), "short".toCharArray());
        assertThat(setup.feedbackProperty().get()).isEqualTo(Feedback.problem("wallet.setup.password.short", 8));
        setup.create("long enough".toCharArray(), "long enougH".toCharArray());
        assertThat(setup.feedbackProperty().get()).isEqualTo(Feedback.problem("wallet.setup.password.different"));
        assertThat(fixture.wallet.exists()).isFalse();

        char[] password = "long enough".toCharArray();
        char[] repeated = "long enough".toCharArray();
        setup.create(password, repeated);

        assertThat(password).containsOnly('\0');
        assertThat(repeated).containsOnly('\0');
        assertThat(fixture.session.state()).isEqualTo(WalletState.UNLOCKED);
        assertThat(fixture.wallet.revealWords("long enough".toCharArray())).isEqualTo(setup.words());
    }

    @Test
    void restoringNamesAMisspeltWordWithWhatItMayHaveBeen() throws Exception {
        WalletPagesFixture fixture = new WalletPagesFixture(folder);
        SetupViewModel setup = new SetupViewModel(fixture.wallet, fixture.session, fixture.tasks, new Random(7));
        setup.restoreExisting();

        setup.restoreWordsProperty().set(AnvilAccounts.MNEMONIC.replace("junk", "junc"));
        setup.restore("long enough".toCharArray(), "long enough".toCharArray());
        Feedback told = setup.feedbackProperty().get();
        assertThat(told.key()).isEqualTo("wallet.problem.unknownWord");
        assertThat(told.args().getFirst()).isEqualTo("12");
        assertThat((String) told.args().get(2)).contains("junk");
        assertThat(fixture.wallet.exists()).isFalse();

        setup.restoreWordsProperty().set(AnvilAccounts.MNEMONIC);
        setup.restore("long enough".toCharArray(), "long enough".toCharArray());
        assertThat(fixture.wallet.address(0).orElseThrow().checksummed()).isEqualTo("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
        assertThat(fixture.session.isUnlocked()).isTrue();
    }
}
