/** Keys, keystores and signing. */
module io.outpost.wallet {
    requires transitive io.outpost.crypto;
    requires org.slf4j;

    exports io.outpost.wallet;
    exports io.outpost.wallet.tx;
}
