package io.outpost.devnet;

import org.web3j.crypto.Credentials;

/**
 * The accounts anvil makes from its default mnemonic: ten of them, each holding 10,000 ETH from the first
 * block. Their keys are public test keys, known to every Ethereum developer; they never hold real value.
 */
public final class AnvilAccounts {
    public static final String MNEMONIC = "test test test test test test test test test test test junk";
    public static final int COUNT = 10;
    public static final long ETHER_EACH = 10_000;
    /** Account 0: deploys the contracts, so their addresses follow from its nonces alone. */
    public static final Credentials DEPLOYER =
            Credentials.create("0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");
    /** Account 1: the reference oracle, the only key that may post reward roots. */
    public static final Credentials ORACLE =
            Credentials.create("0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d");

    /** Account 9: hands out test ETH (the demo wallet's); no other part of the devnet sends from it. */
    public static final Credentials FAUCET =
            Credentials.create("0x2a871d0798f97d79848a013d4936a73bf4cc922c825d33c1cf7073dff6d409c6");

    private AnvilAccounts() {
    }
}
