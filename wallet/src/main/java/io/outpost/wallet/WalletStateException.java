package io.outpost.wallet;

/** The operation does not fit the wallet's state: it exists already, has no such account, or is locked. */
public final class WalletStateException extends IllegalStateException {
    public WalletStateException(String message) {
        super(message);
    }
}
