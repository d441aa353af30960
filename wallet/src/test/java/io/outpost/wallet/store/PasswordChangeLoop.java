package io.outpost.wallet.store;

import io.outpost.wallet.Wallet;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;

/** Child JVM of {@link KillDuringSaveTest}: changes the wallet's password back and forth until killed. */
public final class PasswordChangeLoop {
    static final String FIRST = "first password";
    static final String SECOND = "second password";

    private PasswordChangeLoop() {
    }

    static Wallet light(Path folder) {
        return new Wallet(folder, Clock.systemUTC(), new SecureRandom(), 1 << 10, Wallet.DEFAULT_AUTO_LOCK, AtomicFile.Hook.NONE);
    }

    public static void main(String[] args) throws Exception {
        Wallet wallet = light(Path.of(args[0]));
        for (long i = 0; ; i++) {
            boolean forward = i % 2 == 0;
            wallet.changePassword((forward ? FIRST : SECOND).toCharArray(), (forward ? SECOND : FIRST).toCharArray());
            if (i == 0) {
                System.out.println("changed");
                System.out.flush();
            }
        }
    }
}
