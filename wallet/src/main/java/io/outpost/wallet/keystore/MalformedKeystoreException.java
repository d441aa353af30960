package io.outpost.wallet.keystore;

/** Not a V3 keystore this wallet can read (bad JSON, missing field, unknown cipher or KDF). */
public final class MalformedKeystoreException extends KeystoreException {
    public MalformedKeystoreException(String message) {
        super("not a readable V3 keystore: " + message);
    }
}
