/** Keys, keystores and signing. */
module io.outpost.wallet {
    requires org.slf4j;

    exports io.outpost.wallet;
}
