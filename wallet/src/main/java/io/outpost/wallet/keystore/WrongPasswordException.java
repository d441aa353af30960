package io.outpost.wallet.keystore;

/** The password does not open the keystore (its MAC does not match). */
public final class WrongPasswordException extends KeystoreException {
    public WrongPasswordException() {
        super("wrong password");
    }
}
