/**
 * Ethereum's primitives, shared by the device side (a device proves itself with its key) and the wallet
 * side (an owner signs transactions): hex, keccak-256, secp256k1 signatures with recovery, EIP-191 and
 * EIP-712 hashing. A leaf: no Outpost module below it.
 */
module io.outpost.crypto {
    requires org.bouncycastle.provider;
    // EIP-712 typed data arrives as Jackson trees (ODP's sign_typed_data, eth_signTypedData_v4).
    requires transitive tools.jackson.databind;

    exports io.outpost.crypto;
}
