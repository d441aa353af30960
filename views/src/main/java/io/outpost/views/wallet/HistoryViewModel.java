package io.outpost.views.wallet;

import io.outpost.app.chain.AccountHistory;
import io.outpost.app.tasks.TaskRunner;
import io.outpost.app.wallet.WalletActions;
import io.outpost.network.NetworkProfile;
import io.outpost.wallet.keys.Address;
import java.util.concurrent.Callable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** An account's history: its transactions as this computer sent them and the chain's events, newest first. */
public final class HistoryViewModel {
    private final WalletActions actions;
    private final TaskRunner tasks;
    private final ObjectProperty<Address> account = new SimpleObjectProperty<>();
    private final ObservableList<AccountHistory.Item> items = FXCollections.observableArrayList();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObjectProperty<Feedback> feedback = new SimpleObjectProperty<>();

    public HistoryViewModel(WalletActions actions, TaskRunner tasks) {
        this.actions = actions;
        this.tasks = tasks;
    }

    public void load(Address owner) {
        account.set(owner);
        items.clear();
        feedback.set(null);
        loading.set(true);
        tasks.run(() -> actions.history(owner), read -> {
            loading.set(false);
            items.setAll(read);
        }, failure -> {
            loading.set(false);
            feedback.set(Feedback.of(failure));
        });
    }

    /** Pays a higher fee for a transaction still waiting, and follows it until it is confirmed. */
    public void speedUp(String hash) {
        replace(() -> actions.speedUp(hash), "wallet.history.spedUp");
    }

    /** Replaces a transaction still waiting with a transfer of nothing to the account itself. */
    public void cancel(String hash) {
        replace(() -> actions.cancel(hash), "wallet.history.cancelled");
    }

    private void replace(Callable<String> work, String doneKey) {
        busy.set(true);
        feedback.set(null);
        tasks.run(work, replacement -> {
            busy.set(false);
            feedback.set(Feedback.success(doneKey));
            reload();
        }, failure -> {
            busy.set(false);
            feedback.set(Feedback.of(failure));
            reload();
        });
    }

    // Keeps the feedback: it tells what just happened to one of the rows being read again.
    private void reload() {
        loading.set(true);
        tasks.run(() -> actions.history(account.get()), read -> {
            items.setAll(read);
            loading.set(false);
        }, failure -> loading.set(false));
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public NetworkProfile.ContractAddresses contracts() {
        return actions.contracts();
    }

    public String tokenSymbol() {
        return actions.token().symbol();
    }

    public int tokenDecimals() {
        return actions.token().decimals();
    }

    public ObjectProperty<Address> accountProperty() {
        return account;
    }

    public ObservableList<AccountHistory.Item> items() {
        return items;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public ObjectProperty<Feedback> feedbackProperty() {
        return feedback;
    }
}
