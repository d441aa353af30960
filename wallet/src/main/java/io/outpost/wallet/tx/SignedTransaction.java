package io.outpost.wallet.tx;

import java.util.HexFormat;

/** A signed transaction as it is broadcast ({@code raw}) and known on-chain ({@code hash}), and who sent it. */
public record SignedTransaction(byte[] raw, String hash, String from) {
    public SignedTransaction {
        raw = raw.clone();
    }

    @Override
    public byte[] raw() {
        return raw.clone();
    }

    /** {@code 0x}-prefixed hex of {@link #raw()}, for {@code eth_sendRawTransaction}. */
    public String rawHex() {
        return "0x" + HexFormat.of().formatHex(raw);
    }
}
