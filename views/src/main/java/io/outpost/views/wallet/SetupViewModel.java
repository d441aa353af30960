package io.outpost.views.wallet;

import io.outpost.app.tasks.TaskRunner;
import io.outpost.app.wallet.WalletService;
import io.outpost.app.wallet.WalletSession;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Setting up a wallet: new words shown once, three of them asked back (so nobody goes on without having
 * written them down), then a password; or an existing wallet restored from its words. The new wallet is
 * stored encrypted and opened, so the overview follows.
 */
public final class SetupViewModel {
    public enum Step { CHOOSE, WORDS, CONFIRM, PASSWORD, RESTORE }

    public static final int WORD_COUNT = 24;
    public static final int WORDS_ASKED = 3;
    public static final int MIN_PASSWORD = 8;

    private final WalletService wallet;
    private final WalletSession session;
    private final TaskRunner tasks;
    private final RandomGenerator random;
    private final ObjectProperty<Step> step = new SimpleObjectProperty<>(Step.CHOOSE);
    private final ObservableList<String> words = FXCollections.observableArrayList();
    private final ObservableList<Integer> asked = FXCollections.observableArrayList();
    private final List<StringProperty> answers = List.of(new SimpleStringProperty(""), new SimpleStringProperty(""),
            new SimpleStringProperty(""));
    private final StringProperty restoreWords = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObjectProperty<Feedback> feedback = new SimpleObjectProperty<>();

    public SetupViewModel(WalletService wallet, WalletSession session, TaskRunner tasks, RandomGenerator random) {
        this.wallet = wallet;
        this.session = session;
        this.tasks = tasks;
        this.random = random;
    }

    /** Back to the start, forgetting any words shown. */
    public void reset() {
        words.clear();
        asked.clear();
        answers.forEach(answer -> answer.set(""));
        restoreWords.set("");
        feedback.set(null);
        step.set(Step.CHOOSE);
    }

    public void createNew() {
        feedback.set(null);
        words.setAll(wallet.newWords(WORD_COUNT));
        step.set(Step.WORDS);
    }

    public void restoreExisting() {
        feedback.set(null);
        step.set(Step.RESTORE);
    }

    /** The user says the words are written down: ask three of them back, in order of position. */
    public void wordsWrittenDown() {
        asked.setAll(random.ints(0, words.size()).distinct().limit(WORDS_ASKED).sorted().boxed().toList());
        answers.forEach(answer -> answer.set(""));
        feedback.set(null);
        step.set(Step.CONFIRM);
    }

    public void backToWords() {
        feedback.set(null);
        step.set(Step.WORDS);
    }

    /** Checks the words typed back; the first wrong one is named by its number. */
    public void confirmWords() {
        for (int i = 0; i < asked.size(); i++) {
            String typed = answers.get(i).get().strip().toLowerCase(Locale.ROOT);
            if (!typed.equals(words.get(asked.get(i)))) {
                feedback.set(Feedback.problem("wallet.setup.confirm.wrong", asked.get(i) + 1));
                return;
            }
        }
        feedback.set(null);
        step.set(Step.PASSWORD);
    }

    /** Stores the new words under {@code password} and opens the wallet. Both arrays are wiped. */
    public void create(char[] password, char[] repeated) {
        store(String.join(" ", words), password, repeated);
    }

    /** Restores the wallet from the words typed in; a misspelt word is named with what it may have been. */
    public void restore(char[] password, char[] repeated) {
        store(restoreWords.get(), password, repeated);
    }

    private void store(String phrase, char[] password, char[] repeated) {
        Feedback refused = passwordProblem(password, repeated);
        Arrays.fill(repeated, '\0');
        if (refused != null) {
            Arrays.fill(password, '\0');
            feedback.set(refused);
            return;
        }
        busy.set(true);
        feedback.set(null);
        char[] forUnlock = password.clone();
        tasks.run(() -> {
            try {
                wallet.restore(phrase, new char[0], password);
                session.unlock(forUnlock);
                return null;
            } finally {
                Arrays.fill(password, '\0');
                Arrays.fill(forUnlock, '\0');
            }
        }, done -> busy.set(false), failure -> {
            busy.set(false);
            feedback.set(Feedback.of(failure));
        });
    }

    private static Feedback passwordProblem(char[] password, char[] repeated) {
        if (password.length < MIN_PASSWORD) {
            return Feedback.problem("wallet.setup.password.short", MIN_PASSWORD);
        }
        return Arrays.equals(password, repeated) ? null : Feedback.problem("wallet.setup.password.different");
    }

    public ObjectProperty<Step> stepProperty() {
        return step;
    }

    public ObservableList<String> words() {
        return words;
    }

    /** The 0-based positions of the words asked back. */
    public ObservableList<Integer> asked() {
        return asked;
    }

    public List<StringProperty> answers() {
        return answers;
    }

    public StringProperty restoreWordsProperty() {
        return restoreWords;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ObjectProperty<Feedback> feedbackProperty() {
        return feedback;
    }
}
