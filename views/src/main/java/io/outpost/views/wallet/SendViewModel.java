package io.outpost.views.wallet;

import io.outpost.app.chain.SendFunds;
import io.outpost.app.tasks.TaskRunner;
import io.outpost.app.wallet.TokenAmounts;
import io.outpost.app.wallet.WalletActions;
import io.outpost.wallet.keys.Address;
import java.math.BigInteger;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Sending coins or tokens from one account in two steps: the form, checked and simulated into a review
 * (warnings, the most it can cost), then the confirmed send, followed until it is mined.
 */
public final class SendViewModel {
    private final WalletActions actions;
    private final TaskRunner tasks;
    private final ObjectProperty<Address> from = new SimpleObjectProperty<>();
    private final StringProperty recipient = new SimpleStringProperty("");
    private final StringProperty amount = new SimpleStringProperty("");
    private final ObjectProperty<SendFunds.Asset> asset = new SimpleObjectProperty<>(SendFunds.Asset.TOKEN);
    private final ObjectProperty<SendFunds.Speed> speed = new SimpleObjectProperty<>(SendFunds.Speed.NORMAL);
    private final ObjectProperty<SendFunds.Review> review = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObjectProperty<Feedback> feedback = new SimpleObjectProperty<>();

    public SendViewModel(WalletActions actions, TaskRunner tasks) {
        this.actions = actions;
        this.tasks = tasks;
    }

    /** An empty form for sending from {@code account}. */
    public void start(Address account) {
        from.set(account);
        recipient.set("");
        amount.set("");
        review.set(null);
        feedback.set(null);
    }

    /** Checks the form and simulates the transfer; shows the review, or why it would not work. */
    public void review() {
        int decimals = asset.get() == SendFunds.Asset.NATIVE ? Feedback.Amount.ETHER_DECIMALS : actions.token().decimals();
        Optional<BigInteger> units = TokenAmounts.baseUnits(amount.get(), decimals);
        if (units.isEmpty()) {
            feedback.set(Feedback.problem("wallet.amount.invalid", amount.get().strip(), decimals));
            return;
        }
        busy.set(true);
        feedback.set(null);
        tasks.run(() -> actions.reviewSend(from.get(), recipient.get(), asset.get(), units.get(), speed.get()), checked -> {
            busy.set(false);
            review.set(checked);
        }, this::failed);
    }

    /** Back to the form, keeping what was typed. */
    public void edit() {
        review.set(null);
    }

    /** Signs and sends what the review showed. */
    public void confirm() {
        SendFunds.Review reviewed = review.get();
        if (reviewed == null || busy.get()) {
            return;
        }
        busy.set(true);
        tasks.run(() -> actions.send(reviewed), hash -> {
            busy.set(false);
            review.set(null);
            recipient.set("");
            amount.set("");
            feedback.set(Feedback.success("wallet.send.sent", amountOf(reviewed), reviewed.recipient().checksummed()));
        }, this::failed);
    }

    /** What a review sends, with its symbol. */
    public Feedback.Amount amountOf(SendFunds.Review reviewed) {
        return reviewed.asset() == SendFunds.Asset.NATIVE ? Feedback.Amount.ether(reviewed.amount())
                : new Feedback.Amount(reviewed.amount(), actions.token().decimals(), actions.token().symbol());
    }

    private void failed(Exception failure) {
        busy.set(false);
        feedback.set(Feedback.of(failure));
    }

    public String tokenSymbol() {
        return actions.token().symbol();
    }

    public ObjectProperty<Address> fromProperty() {
        return from;
    }

    public StringProperty recipientProperty() {
        return recipient;
    }

    public StringProperty amountProperty() {
        return amount;
    }

    public ObjectProperty<SendFunds.Asset> assetProperty() {
        return asset;
    }

    public ObjectProperty<SendFunds.Speed> speedProperty() {
        return speed;
    }

    /** The checked transfer waiting for confirmation; null while the form is edited. */
    public ObjectProperty<SendFunds.Review> reviewProperty() {
        return review;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ObjectProperty<Feedback> feedbackProperty() {
        return feedback;
    }
}
