/** Keys, keystores and the encrypted wallet folder (ADR 0012: BIP39/BIP32/V3 keystores on BouncyCastle). */
module io.outpost.wallet {
    requires org.bouncycastle.provider;
    requires transitive tools.jackson.databind;

    exports io.outpost.wallet;
    exports io.outpost.wallet.keys;
    exports io.outpost.wallet.keystore;
    exports io.outpost.wallet.store;
}
