/** Keys, keystores, the encrypted wallet folder and transaction signing (ADR 0012, ADR 0013). */
module io.outpost.wallet {
    requires transitive io.outpost.crypto;
    requires org.bouncycastle.provider;
    requires transitive tools.jackson.databind;

    exports io.outpost.wallet;
    exports io.outpost.wallet.keys;
    exports io.outpost.wallet.keystore;
    exports io.outpost.wallet.store;
    exports io.outpost.wallet.tx;
}
