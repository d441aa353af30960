package io.outpost.wallet;

/** What the header shows about the wallet: none created yet, created but locked, or unlocked for signing. */
public enum WalletState {
    NONE,
    LOCKED,
    UNLOCKED
}
