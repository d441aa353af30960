/** Chains, contracts and the networks Outpost can register devices on; JSON-RPC and oracle clients (ADR 0009). */
module io.outpost.network {
    requires transitive io.outpost.wallet;
    requires transitive java.net.http;
    requires org.slf4j;
    requires transitive tools.jackson.databind;

    exports io.outpost.network;
    exports io.outpost.network.abi;
    exports io.outpost.network.chain;
    exports io.outpost.network.contracts;
    exports io.outpost.network.http;
    exports io.outpost.network.oracle;
    exports io.outpost.network.rpc;

    // The oracle's answers are bound to records by Jackson.
    opens io.outpost.network.oracle to tools.jackson.databind;
}
