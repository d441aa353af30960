package io.outpost.views.wallet;

import io.outpost.app.settings.Settings;
import io.outpost.app.tasks.TaskRunner;
import io.outpost.app.wallet.WalletService;
import io.outpost.app.wallet.WalletSession;
import io.outpost.views.common.SettingsKeeper;
import io.outpost.wallet.keys.Address;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The wallet's own settings: when it locks itself, its password, showing the recovery words again and
 * saving an account's keystore as a backup. Each secret step asks for the password again.
 */
public final class WalletSettingsViewModel {
    private final WalletService wallet;
    private final WalletSession session;
    private final SettingsKeeper settings;
    private final TaskRunner tasks;
    private final ObjectProperty<Integer> autoLockMinutes = new SimpleObjectProperty<>();
    private final ObservableList<String> revealedWords = FXCollections.observableArrayList();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObjectProperty<Feedback> feedback = new SimpleObjectProperty<>();

    public WalletSettingsViewModel(WalletService wallet, WalletSession session, SettingsKeeper settings, TaskRunner tasks) {
        this.wallet = wallet;
        this.session = session;
        this.settings = settings;
        this.tasks = tasks;
        autoLockMinutes.set(settings.current().autoLockMinutes());
        session.setIdleLimit(Duration.ofMinutes(settings.current().autoLockMinutes()));
        autoLockMinutes.addListener((obs, old, now) -> chooseAutoLock(now));
    }

    public List<Integer> autoLockChoices() {
        return Settings.AUTO_LOCK_CHOICES;
    }

    private void chooseAutoLock(Integer minutes) {
        if (minutes == null) {
            return;
        }
        settings.update(s -> s.withAutoLockMinutes(minutes));
        session.setIdleLimit(Duration.ofMinutes(minutes));
        feedback.set(Feedback.success("wallet.settings.autoLock.saved", minutes));
    }

    /** Forgets any words shown and any message. */
    public void reset() {
        revealedWords.clear();
        feedback.set(null);
    }

    /** Re-encrypts the wallet under a new password; every array is wiped. A wrong old password changes nothing. */
    public void changePassword(char[] old, char[] chosen, char[] repeated) {
        Feedback refused = chosen.length < SetupViewModel.MIN_PASSWORD
                ? Feedback.problem("wallet.setup.password.short", SetupViewModel.MIN_PASSWORD)
                : Arrays.equals(chosen, repeated) ? null : Feedback.problem("wallet.setup.password.different");
        Arrays.fill(repeated, '\0');
        if (refused != null) {
            Arrays.fill(old, '\0');
            Arrays.fill(chosen, '\0');
            feedback.set(refused);
            return;
        }
        run(() -> {
            wallet.changePassword(old, chosen);
            return Feedback.success("wallet.settings.password.changed");
        });
    }

    /**
     * Adds the next account of the recovery words, and opens the wallet again so that it can sign for it
     * at once. The password is wiped.
     */
    public void addAccount(char[] password) {
        char[] forUnlock = password.clone();
        run(() -> {
            try {
                Address added = wallet.addAccount(password);
                session.unlock(forUnlock);
                return Feedback.success("wallet.settings.account.added", added.checksummed());
            } finally {
                Arrays.fill(forUnlock, '\0');
            }
        });
    }

    /** Shows the recovery words once the password is right. */
    public void revealWords(char[] password) {
        busy.set(true);
        feedback.set(null);
        tasks.run(() -> wallet.revealWords(password), words -> {
            busy.set(false);
            revealedWords.setAll(words);
        }, this::failed);
    }

    /** Saves account {@code address}'s keystore to {@code target} once the password is right. */
    public void exportKeystore(Address address, char[] password, Path target) {
        run(() -> {
            wallet.exportKeystore(address, password, target);
            return Feedback.success("wallet.settings.export.saved", target.getFileName().toString());
        });
    }

    public void lockNow() {
        revealedWords.clear();
        session.lock();
    }

    private void run(Callable<Feedback> work) {
        busy.set(true);
        feedback.set(null);
        tasks.run(work, told -> {
            busy.set(false);
            feedback.set(told);
        }, this::failed);
    }

    private void failed(Exception failure) {
        busy.set(false);
        feedback.set(Feedback.of(failure));
    }

    public ObjectProperty<Integer> autoLockMinutesProperty() {
        return autoLockMinutes;
    }

    public ObservableList<String> revealedWords() {
        return revealedWords;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ObjectProperty<Feedback> feedbackProperty() {
        return feedback;
    }
}
