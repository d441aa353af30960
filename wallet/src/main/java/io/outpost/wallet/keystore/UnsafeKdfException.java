package io.outpost.wallet.keystore;

/** KDF parameters outside the bounds of ADR 0012: running them could exhaust memory or CPU. */
public final class UnsafeKdfException extends KeystoreException {
    public UnsafeKdfException(String message) {
        super("the keystore asks for key derivation parameters this wallet refuses: " + message);
    }
}
