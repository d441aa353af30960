/** Chains, contracts and the networks Outpost can register devices on. */
module io.outpost.network {
    requires transitive io.outpost.wallet;
    requires org.slf4j;
    requires transitive tools.jackson.databind;

    exports io.outpost.network;
    exports io.outpost.network.contracts;
}
