package io.outpost.wallet.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.outpost.wallet.keystore.V3Keystore;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kill -9 of a JVM in the middle of repeated saves leaves a file that decrypts to one of the saved keys. */
class KillDuringSaveTest {
    @TempDir
    Path folder;

    @Test
    void killNineLeavesAWholeKeystore() throws Exception {
        Path target = folder.resolve("account.json");
        for (int round = 0; round < 4; round++) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), SaveLoop.class.getName(), target.toString())
                    .redirectErrorStream(true).start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream()))) {
                assertThat(out.readLine()).isEqualTo("saved");
                Thread.sleep(ThreadLocalRandom.current().nextInt(5, 200));
                child.destroyForcibly(); // SIGKILL on POSIX
                assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
            }
            byte[] key = V3Keystore.decrypt(Files.readString(target), "pw".toCharArray());
            assertThat(ByteBuffer.wrap(key).getLong(24)).isPositive();
        }
    }
}
