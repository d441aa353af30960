package io.outpost.views.wallet;

import io.outpost.wallet.WalletState;
import io.outpost.wallet.keys.Address;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;

/**
 * Which wallet page is shown: setup while there is no wallet, unlock while it is locked, and once unlocked
 * the overview or the page the user opened from it (staking, sending, history, settings) for an account.
 */
public final class WalletViewModel {
    public enum Page { LOADING, SETUP, UNLOCK, OVERVIEW, STAKE, SEND, HISTORY, SETTINGS }

    private final ReadOnlyObjectWrapper<Page> page = new ReadOnlyObjectWrapper<>(Page.LOADING);
    private final ObjectProperty<Address> account = new SimpleObjectProperty<>();
    private final WalletPages pages;

    /** The page models, made once and kept across language switches. */
    public record WalletPages(SetupViewModel setup, UnlockViewModel unlock, OverviewViewModel overview,
                              StakeViewModel stake, SendViewModel send, HistoryViewModel history,
                              WalletSettingsViewModel settings) {
    }

    public WalletViewModel(ObservableValue<WalletState> walletState, WalletPages pages) {
        this.pages = pages;
        follow(walletState.getValue());
        walletState.addListener((obs, old, now) -> follow(now));
    }

    private void follow(WalletState state) {
        if (state == null) {
            page.set(Page.LOADING);
            return;
        }
        switch (state) {
            case NONE -> page.set(Page.SETUP);
            case LOCKED -> {
                pages.unlock().reset();
                page.set(Page.UNLOCK);
            }
            case UNLOCKED -> {
                pages.setup().reset();
                showOverview();
            }
        }
    }

    public ReadOnlyObjectProperty<Page> pageProperty() {
        return page.getReadOnlyProperty();
    }

    public WalletPages pages() {
        return pages;
    }

    /** The account the open page is about. */
    public ReadOnlyObjectProperty<Address> accountProperty() {
        return account;
    }

    public void showOverview() {
        page.set(Page.OVERVIEW);
        pages.overview().refresh();
    }

    /** Opens {@code target} (staking, sending or history) for {@code of}. */
    public void open(Page target, Address of) {
        account.set(of);
        switch (target) {
            case STAKE -> pages.stake().load(of);
            case SEND -> pages.send().start(of);
            case HISTORY -> pages.history().load(of);
            case SETTINGS -> pages.settings().reset();
            default -> throw new IllegalArgumentException(target + " is not opened for an account");
        }
        page.set(target);
    }
}
