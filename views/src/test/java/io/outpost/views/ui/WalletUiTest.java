package io.outpost.views.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.outpost.devnet.AnvilAccounts;
import io.outpost.devnet.EarningNet;
import io.outpost.devnet.OracleTestNet;
import io.outpost.app.storage.LocalDatabase;
import io.outpost.app.transactions.JournalEntry;
import io.outpost.app.transactions.TransactionJournal;
import io.outpost.wallet.keys.Address;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The wallet screens as a person uses them, in the real window: set up with the words confirmed, lock and
 * unlock; restore, claim and stake on anvil with the reference oracle.
 */
class WalletUiTest extends DesktopUiTest {
    private static final String PASSWORD = "a long password";

    @TempDir
    Path chainFolder;

    @Test
    void setsUpANewWalletWithItsWordsConfirmedThenLocksAndUnlocks() throws Exception {
        open();
        robot.clickOn("#nav-wallet");
        robot.clickOn("#setup-create");
        List<String> words = new ArrayList<>();
        for (int i = 1; i <= 24; i++) {
            words.add(this.<Label>lookup("#setup-word-" + i).getText().replaceFirst("^\\d+\\. ", ""));
        }
        shot("1-words");
        robot.clickOn("#setup-words-done");

        List<Integer> asked = askedPositions();
        assertThat(asked).hasSize(3).isSorted().doesNotHaveDuplicates();
        type("#setup-answer-0", "wrong");
        robot.clickOn("#setup-confirm");
        assertThat(this.<Label>lookup("#setup-feedback").getText()).startsWith("Word " + asked.getFirst() + " does not match");
        for (int i = 0; i < 3; i++) {
            type("#setup-answer-" + i, words.get(asked.get(i) - 1));
        }
        shot("2-confirm");
        robot.clickOn("#setup-confirm");

        type("#setup-password", "short");
        type("#setup-password-repeat", "short");
        robot.clickOn("#setup-finish");
        assertThat(this.<Label>lookup("#setup-feedback").getText()).isEqualTo("The password needs at least 8 characters.");
        type("#setup-password", PASSWORD);
        type("#setup-password-repeat", PASSWORD + "!");
        robot.clickOn("#setup-finish");
        assertThat(this.<Label>lookup("#setup-feedback").getText()).contains("not the same");
        type("#setup-password", PASSWORD);
        type("#setup-password-repeat", PASSWORD);
        robot.clickOn("#setup-finish");

        waitFor("#wallet-overview");
        assertThat(this.<Label>lookup("#header-wallet").getText()).isEqualTo("Wallet unlocked");
        assertNoSecretOnDisk(String.join(" ", words));

        robot.clickOn("#wallet-lock");
        waitFor("#wallet-unlock");
        type("#unlock-password", "not the password");
        robot.clickOn("#unlock-button");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !this.<Label>lookup("#unlock-feedback").getText().isEmpty());
        shot("3-unlock");
        assertThat(this.<Label>lookup("#unlock-feedback").getText()).startsWith("That password is not right");
        type("#unlock-password", PASSWORD);
        robot.clickOn("#unlock-button");
        waitFor("#wallet-overview");
    }

    @Test
    void restoresClaimsTheOraclesAmountAndStakesOnTheDevnet() throws Exception {
        try (EarningNet earning = EarningNet.start(chainFolder)) {
            earning.earnFirstEpoch(OracleTestNet.ALICE);
            openOn(earning.profile());
            restoreAnvilWords();
            waitForText("#claimable-0", "9.5 OPT");
            // The restored words give anvil's first account, the one MetaMask shows for them, written EIP-55.
            assertThat(this.<Label>lookup("#address-0").getText()).isEqualTo("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");

            BigInteger before = earning.chain().balance(OracleTestNet.ALICE.getAddress());
            robot.clickOn("#claim-0");
            waitForText("#wallet-feedback", "9.5 OPT claimed");
            assertThat(earning.chain().balance(OracleTestNet.ALICE.getAddress()).subtract(before))
                    .isEqualTo(new BigInteger("9500000000000000000"));
            waitForText("#claimable-0", "0 OPT");
            shot("4-claimed");

            robot.clickOn("#stake-0");
            waitForText("#stake-staked", "0 OPT");
            type("#stake-amount", "5");
            robot.clickOn("#stake-button");
            waitForText("#stake-feedback", "5 OPT staked. You now have 5 OPT staked.");
            type("#stake-amount", "2");
            robot.clickOn("#unstake-button");
            waitForText("#stake-feedback", "Unstaking 2 OPT has started. You can withdraw it from");
            assertThat(this.<Label>lookup("#stake-staked").getText()).isEqualTo("3 OPT");
            robot.clickOn("#withdraw-button");
            waitForText("#stake-feedback", "still in their waiting period");
            shot("5-stake");

            earning.chain().advanceTime(61);
            robot.clickOn("#withdraw-button");
            waitForText("#stake-feedback", "2 OPT withdrawn to your account. Still staked: 3 OPT.");
            robot.clickOn("#wallet-back");
            waitForText("#staked-0", "3 OPT");

            sendsTokensAfterAReviewAndListsItAll(earning);
        }
    }

    @Test
    void aPaymentStillWaitingIsSpedUpFromTheHistoryAndPaidOnce() throws Exception {
        try (EarningNet earning = EarningNet.start(chainFolder)) {
            openOn(earning.profile());
            restoreAnvilWords();
            String bob = Address.parse(OracleTestNet.BOB.getAddress()).orElseThrow().checksummed();
            BigInteger bobBefore = earning.chain().etherBalance(bob);
            earning.chain().automine(false);

            robot.clickOn("#send-0");
            type("#send-recipient", bob);
            type("#send-amount", "0.25");
            robot.clickOn("#send-asset").clickOn("ETH");
            robot.clickOn("#send-review");
            waitForText("#send-review-text", "You send 0.25 ETH to " + bob + ".");
            robot.clickOn("#send-confirm");
            TransactionJournal journal = new TransactionJournal(LocalDatabase.open(dataDir.resolve("outpost.db")));
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> journal.pending(31337).size() == 1);
            String waiting = journal.pending(31337).getFirst().hash();

            robot.clickOn("#wallet-back");
            robot.clickOn("#history-0");
            waitFor("#speed-up-" + waiting);
            shot("7-pending");
            robot.clickOn("#speed-up-" + waiting);
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> journal.pending(31337).size() == 2);
            earning.chain().mine();

            waitForText("#history-feedback", "Sped up: it is confirmed now.");
            assertThat(earning.chain().etherBalance(bob).subtract(bobBefore)).as("paid once")
                    .isEqualTo(new BigInteger("250000000000000000"));
            assertThat(journal.byHash(waiting).orElseThrow().state()).isEqualTo(JournalEntry.State.REPLACED);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#speed-up-" + waiting).tryQuery().isEmpty());
        }
    }

    private void restoreAnvilWords() throws Exception {
        robot.clickOn("#nav-wallet");
        robot.clickOn("#setup-restore");
        type("#restore-words", AnvilAccounts.MNEMONIC);
        type("#restore-password", PASSWORD);
        type("#restore-password-repeat", PASSWORD);
        robot.clickOn("#restore-finish");
        waitFor("#wallet-overview");
        waitForText("#ether-0", "ETH");
    }

    private void sendsTokensAfterAReviewAndListsItAll(EarningNet earning) throws Exception {
        String bob = Address.parse(OracleTestNet.BOB.getAddress()).orElseThrow().checksummed();
        BigInteger bobBefore = earning.chain().balance(bob);
        robot.clickOn("#send-0");
        type("#send-recipient", withOneLetterMiscased(bob));
        type("#send-amount", "1,5");
        robot.clickOn("#send-review");
        waitForText("#send-feedback", "not a valid address");
        type("#send-recipient", bob);
        robot.clickOn("#send-review");
        waitForText("#send-review-text", "You send 1.5 OPT to " + bob + ".");
        assertThat(robot.lookup("#send-warnings .label").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("You have never sent to this address before. Check it character by character.");
        shot("6-send-review");
        assertThat(earning.chain().balance(bob)).as("nothing is sent before the confirmation").isEqualTo(bobBefore);
        robot.clickOn("#send-confirm");
        waitForText("#send-feedback", "1.5 OPT sent to " + bob + ".");
        assertThat(earning.chain().balance(bob).subtract(bobBefore)).isEqualTo(new BigInteger("1500000000000000000"));

        robot.clickOn("#wallet-back");
        robot.clickOn("#history-0");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> historyText().contains("Rewards claimed: 9.5 OPT."));
        assertThat(historyText()).contains("Staked: 5 OPT.", "Unstake started: 2 OPT.", "Withdrawn: 2 OPT.",
                "Transaction to the OPT token contract: done.", "Transaction to the staking contract: done.");
    }

    // A typo that the mixed-case checksum (EIP-55) catches: one letter in the wrong case.
    private static String withOneLetterMiscased(String address) {
        int at = 2;
        while (!Character.isLetter(address.charAt(at))) {
            at++;
        }
        char letter = address.charAt(at);
        char swapped = Character.isUpperCase(letter) ? Character.toLowerCase(letter) : Character.toUpperCase(letter);
        return address.substring(0, at) + swapped + address.substring(at + 1);
    }

    private String historyText() {
        return String.join("\n", robot.lookup("#wallet-history .label").queryAllAs(Label.class).stream().map(Label::getText).toList());
    }

    // The numbers of the words asked back, as the labels beside the fields say them ("Word 7").
    private List<Integer> askedPositions() {
        return robot.lookup("#wallet-setup .label").queryAllAs(Label.class).stream().map(Label::getText)
                .filter(text -> text.matches("Word \\d+")).map(text -> Integer.parseInt(text.substring(5))).toList();
    }

    // The words are the wallet: no file the app wrote may hold them, or any one of the password's forms.
    private void assertNoSecretOnDisk(String words) throws Exception {
        try (Stream<Path> files = Files.walk(dataDir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                assertThat(content).as(file.toString()).doesNotContain(words).doesNotContain(PASSWORD);
            }
        }
    }
}
