package io.outpost.views.wallet;

import io.outpost.app.chain.AccountHistory;
import io.outpost.app.tasks.TaskRunner;
import io.outpost.app.wallet.Balances;
import io.outpost.app.wallet.WalletActions;
import io.outpost.app.wallet.WalletSession;
import io.outpost.network.NetworkProfile;
import io.outpost.wallet.keys.Address;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * The unlocked wallet at a glance: each account's coins, tokens, stake and rewards waiting to be claimed,
 * the latest activity of the first account; claiming and locking from here.
 */
public final class OverviewViewModel {
    static final int RECENT_ITEMS = 5;

    private final WalletActions actions;
    private final WalletSession session;
    private final TaskRunner tasks;
    private final ObservableList<Address> accounts = FXCollections.observableArrayList();
    // By address; empty while unread or when the network could not be read.
    private final ObservableMap<Address, Balances.AccountBalance> balances = FXCollections.observableHashMap();
    private final ObservableList<AccountHistory.Item> recent = FXCollections.observableArrayList();
    private final ObjectProperty<NetworkProfile.TokenInfo> token = new SimpleObjectProperty<>();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObjectProperty<Feedback> feedback = new SimpleObjectProperty<>();

    public OverviewViewModel(WalletActions actions, WalletSession session, TaskRunner tasks) {
        this.actions = actions;
        this.session = session;
        this.tasks = tasks;
    }

    private record Loaded(WalletActions.Overview overview, List<AccountHistory.Item> recent) {
    }

    /** Reads the balances and the latest activity again; the accounts show even when the network cannot be read. */
    public void refresh() {
        loading.set(true);
        if (feedback.get() != null && feedback.get().tone() == Feedback.Tone.PROBLEM) {
            feedback.set(null);
        }
        tasks.run(() -> {
            WalletActions.Overview overview = actions.overview();
            List<AccountHistory.Item> items = overview.balances().isEmpty() || overview.accounts().isEmpty() ? List.of()
                    : actions.history(overview.accounts().getFirst());
            return new Loaded(overview, items.stream().limit(RECENT_ITEMS).toList());
        }, loaded -> {
            WalletActions.Overview overview = loaded.overview();
            token.set(overview.token());
            balances.clear();
            overview.balances().ifPresent(read -> read.forEach(balance -> balances.put(balance.address(), balance)));
            accounts.setAll(overview.accounts());
            recent.setAll(loaded.recent());
            overview.problem().ifPresent(problem -> feedback.set(Feedback.of(problem)));
            loading.set(false);
        }, failure -> {
            loading.set(false);
            feedback.set(Feedback.of(failure));
        });
    }

    /** Claims the rewards of {@code account}: proof checked, simulated, signed, sent, and followed until mined. */
    public void claim(Address account) {
        busy.set(true);
        feedback.set(null);
        tasks.run(() -> actions.claim(account), claimed -> {
            busy.set(false);
            feedback.set(claimed.map(amount -> Feedback.success("wallet.claim.done", tokenAmount(amount)))
                    .orElseGet(() -> Feedback.success("wallet.claim.nothing")));
            refresh();
        }, failure -> {
            busy.set(false);
            feedback.set(Feedback.of(failure));
        });
    }

    public NetworkProfile.ContractAddresses contracts() {
        return actions.contracts();
    }

    public void lock() {
        session.lock();
    }

    private Feedback.Amount tokenAmount(BigInteger units) {
        NetworkProfile.TokenInfo info = actions.token();
        return new Feedback.Amount(units, info.decimals(), info.symbol());
    }

    /** The wallet's accounts, in order. */
    public ObservableList<Address> accounts() {
        return accounts;
    }

    /** The balances read for an account; empty when the network could not be read. */
    public Optional<Balances.AccountBalance> balanceOf(Address account) {
        return Optional.ofNullable(balances.get(account));
    }

    public ObservableList<AccountHistory.Item> recent() {
        return recent;
    }

    /** The network's token; null until the first read. */
    public ObjectProperty<NetworkProfile.TokenInfo> tokenProperty() {
        return token;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ObjectProperty<Feedback> feedbackProperty() {
        return feedback;
    }
}
