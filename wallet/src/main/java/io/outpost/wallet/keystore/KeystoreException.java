package io.outpost.wallet.keystore;

/** A keystore that cannot be opened: wrong password, malformed file or unsafe KDF parameters. No secrets in messages. */
public abstract sealed class KeystoreException extends Exception
        permits WrongPasswordException, MalformedKeystoreException, UnsafeKdfException {
    KeystoreException(String message) {
        super(message);
    }
}
