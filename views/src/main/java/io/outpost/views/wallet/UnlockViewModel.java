package io.outpost.views.wallet;

import io.outpost.app.tasks.TaskRunner;
import io.outpost.app.wallet.WalletSession;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/** Unlocking with the password; a wrong one says so and changes nothing. */
public final class UnlockViewModel {
    private final WalletSession session;
    private final TaskRunner tasks;
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObjectProperty<Feedback> feedback = new SimpleObjectProperty<>();

    public UnlockViewModel(WalletSession session, TaskRunner tasks) {
        this.session = session;
        this.tasks = tasks;
    }

    /** Opens the wallet with {@code password} (wiped); the wallet screen follows once it is open. */
    public void unlock(char[] password) {
        if (busy.get()) {
            java.util.Arrays.fill(password, '\0');
            return;
        }
        busy.set(true);
        feedback.set(null);
        tasks.run(() -> {
            session.unlock(password);
            return null;
        }, done -> busy.set(false), failure -> {
            busy.set(false);
            feedback.set(Feedback.of(failure));
        });
    }

    public void reset() {
        feedback.set(null);
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ObjectProperty<Feedback> feedbackProperty() {
        return feedback;
    }
}
