package io.outpost.devnet.oracle;

import java.util.Locale;
import java.util.regex.Pattern;

/** Ethereum addresses as the oracle's API writes them: 0x and 40 lowercase hex digits. */
final class Addresses {
    static final String ZERO = "0x0000000000000000000000000000000000000000";
    private static final Pattern ADDRESS = Pattern.compile("0x[0-9a-fA-F]{40}");

    private Addresses() {
    }

    /** The address in lowercase; either case is accepted on input. */
    static String parse(String text, String field) throws ApiError {
        if (text == null || !ADDRESS.matcher(text).matches()) {
            throw ApiError.malformed(field + " must be an address: 0x and 40 hex digits");
        }
        return text.toLowerCase(Locale.ROOT);
    }
}
