package io.outpost.wallet.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;

/** Child JVM of {@link KillDuringSaveTest}: saves keystores of key 1, 2, 3, … to one file until killed. */
public final class SaveLoop {
    private SaveLoop() {
    }

    public static void main(String[] args) throws IOException {
        Path target = Path.of(args[0]);
        for (long i = 1; ; i++) {
            byte[] key = ByteBuffer.allocate(32).putLong(24, i).array();
            CrashSafetyTest.write(target, key, AtomicFile.Hook.NONE);
            if (i == 1) {
                System.out.println("saved");
                System.out.flush();
            }
        }
    }
}
