package io.outpost.wallet.keys;

import java.util.ArrayList;
import java.util.List;

/** A BIP32 path such as {@code m/44'/60'/0'/0/0}; hardened steps carry bit 31 (written {@code '} or {@code H}). */
public record DerivationPath(List<Integer> steps) {
    public static final int HARDENED = 0x8000_0000;

    public DerivationPath {
        steps = List.copyOf(steps);
    }

    /** Account {@code index} the way MetaMask and most Ethereum wallets derive it: m/44'/60'/0'/0/index. */
    public static DerivationPath ethereumAccount(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("an account index is 0 or more");
        }
        return new DerivationPath(List.of(44 | HARDENED, 60 | HARDENED, HARDENED, 0, index));
    }

    public static DerivationPath parse(String text) {
        String[] parts = text.trim().split("/", -1);
        if (!parts[0].equals("m")) {
            throw new IllegalArgumentException("a derivation path starts with m");
        }
        List<Integer> steps = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            steps.add(step(parts[i]));
        }
        return new DerivationPath(steps);
    }

    private static int step(String part) {
        boolean hardened = part.endsWith("'") || part.endsWith("H") || part.endsWith("h");
        String digits = hardened ? part.substring(0, part.length() - 1) : part;
        if (!digits.matches("\\d{1,10}")) {
            throw new IllegalArgumentException("a path step is a number, optionally followed by ' (hardened)");
        }
        long index = Long.parseLong(digits);
        if (index >= 1L << 31) {
            throw new IllegalArgumentException("a path step is below 2^31");
        }
        return (int) index | (hardened ? HARDENED : 0);
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("m");
        for (int step : steps) {
            out.append('/').append(step & ~HARDENED).append((step & HARDENED) != 0 ? "'" : "");
        }
        return out.toString();
    }
}
