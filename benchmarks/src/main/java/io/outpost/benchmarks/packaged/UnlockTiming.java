package io.outpost.benchmarks.packaged;

import io.outpost.wallet.keystore.KeystoreException;
import io.outpost.wallet.keystore.V3Keystore;
import java.security.SecureRandom;
import java.util.Locale;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the packages' JIT choice costs the slowest thing the app computes: opening a keystore at the standard scrypt
 * cost, as unlocking the wallet does. One keystore is written, then opened {@code ROUNDS} times; prints each time.
 * Run it with the image's runtime, once as is and once with {@code -XX:TieredStopAtLevel=1} (docs/benchmarks.md).
 *
 * <pre>IMAGE/lib/runtime/bin/java [-XX:TieredStopAtLevel=1] -cp benchmarks/target/benchmarks.jar io.outpost.benchmarks.packaged.UnlockTiming [ROUNDS]</pre>
 */
public final class UnlockTiming {
    private UnlockTiming() {
    }

    public static void main(String[] args) throws KeystoreException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        SecureRandom random = new SecureRandom();
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        char[] password = "correct horse battery staple".toCharArray(); // a benchmark's own throwaway
        ObjectNode keystore = V3Keystore.encrypt(secret, password, V3Keystore.STANDARD_SCRYPT_N, random);
        for (int i = 1; i <= rounds; i++) {
            long start = System.nanoTime();
            V3Keystore.decrypt(keystore, password);
            System.out.printf(Locale.ROOT, "open %d: %d ms%n", i, (System.nanoTime() - start) / 1_000_000);
        }
    }
}
