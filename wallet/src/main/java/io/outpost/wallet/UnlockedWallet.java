package io.outpost.wallet;

import io.outpost.wallet.keys.Address;
import io.outpost.wallet.keys.PrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The account keys of an unlocked wallet. It locks itself (wiping the keys) once it has been idle for the
 * auto-lock time, measured on the wall clock, so a suspended laptop that wakes up finds it locked.
 */
public final class UnlockedWallet implements AutoCloseable {
    private final Map<Address, PrivateKey> keys;
    private final Clock clock;
    private final Duration autoLock;
    private Instant lastUse;
    private boolean locked;

    UnlockedWallet(Map<Address, PrivateKey> keys, Clock clock, Duration autoLock) {
        this.keys = Map.copyOf(keys);
        this.clock = clock;
        this.autoLock = autoLock;
        this.lastUse = clock.instant();
    }

    public List<Address> addresses() {
        touch();
        return keys.keySet().stream().sorted(java.util.Comparator.comparing(Address::value)).toList();
    }

    /** The key of {@code address}, owned by this session (do not close it). */
    public PrivateKey key(Address address) {
        touch();
        PrivateKey key = keys.get(address);
        if (key == null) {
            throw new WalletStateException("no account " + address.checksummed() + " in this wallet");
        }
        return key;
    }

    /** Whether the session is locked, locking it first if it has been idle too long. */
    public boolean isLocked() {
        if (!locked && Duration.between(lastUse, clock.instant()).compareTo(autoLock) >= 0) {
            close();
        }
        return locked;
    }

    @Override
    public void close() {
        keys.values().forEach(PrivateKey::close);
        locked = true;
    }

    private void touch() {
        if (isLocked()) {
            throw new WalletStateException("the wallet is locked; unlock it with the password");
        }
        lastUse = clock.instant();
    }
}
