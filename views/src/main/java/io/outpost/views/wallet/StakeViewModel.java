package io.outpost.views.wallet;

import io.outpost.app.chain.StakeTokens;
import io.outpost.app.tasks.TaskRunner;
import io.outpost.app.wallet.TokenAmounts;
import io.outpost.app.wallet.WalletActions;
import io.outpost.network.NetworkProfile;
import io.outpost.wallet.keys.Address;
import java.math.BigInteger;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Staking for one account: what is staked and cooling down (with the date it can be withdrawn), and the
 * three actions: stake an amount, start unstaking an amount, withdraw what has cooled down.
 */
public final class StakeViewModel {
    private final WalletActions actions;
    private final TaskRunner tasks;
    private final ObjectProperty<Address> account = new SimpleObjectProperty<>();
    private final ObjectProperty<StakeTokens.Status> status = new SimpleObjectProperty<>();
    private final StringProperty amount = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObjectProperty<Feedback> feedback = new SimpleObjectProperty<>();

    public StakeViewModel(WalletActions actions, TaskRunner tasks) {
        this.actions = actions;
        this.tasks = tasks;
    }

    /** Shows {@code owner}'s stake, read from the chain. */
    public void load(Address owner) {
        account.set(owner);
        status.set(null);
        amount.set("");
        feedback.set(null);
        busy.set(true);
        tasks.run(() -> actions.stakeStatus(owner), read -> {
            busy.set(false);
            status.set(read);
        }, this::failed);
    }

    public void stake() {
        withAmount(units -> act(() -> actions.stake(account.get(), units),
                after -> Feedback.success("wallet.stake.staked", token(units), token(after.staked()))));
    }

    public void unstake() {
        withAmount(units -> act(() -> actions.requestUnstake(account.get(), units),
                after -> Feedback.success("wallet.stake.unstaking", token(units),
                        after.withdrawableFrom().<Object>map(at -> at).orElse(""))));
    }

    public void withdraw() {
        BigInteger cooling = status.get() == null ? BigInteger.ZERO : status.get().cooling();
        act(() -> actions.withdraw(account.get()),
                after -> Feedback.success("wallet.stake.withdrawn", token(cooling), token(after.staked())));
    }

    private void withAmount(Consumer<BigInteger> action) {
        Optional<BigInteger> units = TokenAmounts.baseUnits(amount.get(), actions.token().decimals());
        if (units.isEmpty()) {
            feedback.set(Feedback.problem("wallet.amount.invalid", amount.get().strip(), actions.token().decimals()));
            return;
        }
        action.accept(units.get());
    }

    private void act(Callable<StakeTokens.Status> work, Function<StakeTokens.Status, Feedback> told) {
        busy.set(true);
        feedback.set(null);
        tasks.run(work, after -> {
            busy.set(false);
            status.set(after);
            amount.set("");
            feedback.set(told.apply(after));
        }, this::failed);
    }

    private void failed(Exception failure) {
        busy.set(false);
        feedback.set(Feedback.of(failure));
    }

    private Feedback.Amount token(BigInteger units) {
        NetworkProfile.TokenInfo info = actions.token();
        return new Feedback.Amount(units, info.decimals(), info.symbol());
    }

    public NetworkProfile.TokenInfo tokenInfo() {
        return actions.token();
    }

    public ObjectProperty<Address> accountProperty() {
        return account;
    }

    /** Null while being read. */
    public ObjectProperty<StakeTokens.Status> statusProperty() {
        return status;
    }

    public StringProperty amountProperty() {
        return amount;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ObjectProperty<Feedback> feedbackProperty() {
        return feedback;
    }
}
