package io.outpost.app.wallet;

import io.outpost.app.sensors.HostKeys;
import io.outpost.devices.crypto.DeviceKey;
import io.outpost.wallet.UnlockedWallet;
import io.outpost.wallet.WalletState;
import io.outpost.wallet.keys.Address;
import io.outpost.wallet.keystore.KeystoreException;
import io.outpost.wallet.tx.SignedTransaction;
import io.outpost.wallet.tx.Transaction;
import io.outpost.wallet.tx.TransactionSigner;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The desktop's unlocked wallet, if any: unlocked with the password, locked by the user or by itself after
 * the idle time the settings give, and told to listeners whenever that changes. Keys never leave it; it
 * hands out signers that fail once the wallet has locked.
 */
public final class WalletSession {
    private final WalletService wallet;
    private volatile Duration idleLimit;
    private final TransactionSigner signer = new TransactionSigner();
    private final List<Consumer<WalletState>> listeners = new CopyOnWriteArrayList<>();
    private UnlockedWallet unlocked;

    public WalletSession(WalletService wallet, Duration idleLimit) {
        this.wallet = wallet;
        this.idleLimit = idleLimit;
    }

    /** The wallet was locked (by the user or after being idle) before it could sign. */
    public static final class LockedException extends IllegalStateException {
        public LockedException() {
            super("the wallet is locked");
        }
    }

    /** How long the wallet may stay unused before it locks itself; applies from the next unlock. */
    public void setIdleLimit(Duration limit) {
        this.idleLimit = limit;
    }

    /** None, locked or unlocked; reads the wallet folder, so not for the UI thread. */
    public WalletState state() throws IOException {
        if (isUnlocked()) {
            return WalletState.UNLOCKED;
        }
        return wallet.exists() ? WalletState.LOCKED : WalletState.NONE;
    }

    public synchronized boolean isUnlocked() {
        return unlocked != null && !unlocked.isLocked();
    }

    /** Opens the keys with {@code password} (wiped); a wrong one throws and leaves the session as it was. */
    public void unlock(char[] password) throws IOException, KeystoreException {
        UnlockedWallet opened = wallet.unlock(password, idleLimit);
        synchronized (this) {
            if (unlocked != null) {
                unlocked.close();
            }
            unlocked = opened;
        }
        tell(WalletState.UNLOCKED);
    }

    /** Wipes the keys now. */
    public void lock() {
        synchronized (this) {
            if (unlocked == null) {
                return;
            }
            unlocked.close();
            unlocked = null;
        }
        tell(WalletState.LOCKED);
    }

    /**
     * Tells the listeners when the wallet has locked itself after being idle; call it every few seconds
     * (the lock itself happens on the wall clock whether or not this runs).
     */
    public void checkIdle() {
        boolean lockedItself;
        synchronized (this) {
            lockedItself = unlocked != null && unlocked.isLocked();
            if (lockedItself) {
                unlocked = null;
            }
        }
        if (lockedItself) {
            tell(WalletState.LOCKED);
        }
    }

    /** Signs as {@code account} while the wallet is unlocked; throws {@link LockedException} once it is not. */
    public Function<Transaction, SignedTransaction> signerFor(Address account) {
        return transaction -> {
            synchronized (this) {
                if (!isUnlocked()) {
                    throw new LockedException();
                }
                return signer.sign(transaction, unlocked.key(account));
            }
        };
    }

    /**
     * The key this computer signs with for the sensor {@code hardwareId} of {@code owner}, made from the owner's
     * account key; throws {@link LockedException} while the wallet is locked.
     */
    public DeviceKey hostKey(Address owner, String hardwareId) {
        synchronized (this) {
            if (!isUnlocked()) {
                throw new LockedException();
            }
            return HostKeys.derive(unlocked.key(owner), hardwareId);
        }
    }

    /** {@code listener} hears every change of state, on the thread that made it. */
    public void addListener(Consumer<WalletState> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<WalletState> listener) {
        listeners.remove(listener);
    }

    /** A wallet created, restored or imported in this run: tell the screens there is one now. */
    public void walletChanged() throws IOException {
        tell(state());
    }

    private void tell(WalletState state) {
        listeners.forEach(listener -> listener.accept(state));
    }
}
