package io.outpost.network.rpc;

import java.math.BigInteger;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** A mined transaction's receipt: where it was mined, whether it succeeded, and the gas it used. */
public record Receipt(String transactionHash, long blockNumber, boolean success, BigInteger gasUsed,
                      Optional<String> contractAddress) {
    static Receipt read(JsonNode receipt) {
        JsonNode contract = receipt.path("contractAddress");
        return new Receipt(receipt.path("transactionHash").asString(), Eth.quantity(receipt.path("blockNumber")).longValueExact(),
                Eth.quantity(receipt.path("status")).signum() == 1, Eth.quantity(receipt.path("gasUsed")),
                contract.isString() ? Optional.of(contract.asString()) : Optional.empty());
    }
}
