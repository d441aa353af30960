package io.outpost.wallet.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.outpost.wallet.keystore.V3Keystore;
import io.outpost.wallet.UnlockedWallet;
import io.outpost.wallet.Wallet;
import io.outpost.wallet.keys.Mnemonic;
import io.outpost.wallet.keystore.WrongPasswordException;
import java.io.BufferedReader;
import java.security.SecureRandom;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of a JVM in the middle of repeated saves leaves a file that decrypts to one of the saved keys, and in
 * the middle of password changes a wallet that opens, whole, with the old password or the new one.
 */
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

    @Test
    void killNineDuringPasswordChangesLeavesTheWholeWalletUnderOnePassword() throws Exception {
        Path wallet = folder.resolve("wallets");
        Wallet before = PasswordChangeLoop.light(wallet);
        before.create(Mnemonic.generate(12, new SecureRandom()), new char[0], PasswordChangeLoop.FIRST.toCharArray());
        before.importPrivateKey(ByteBuffer.allocate(32).putLong(24, 7).array(), PasswordChangeLoop.FIRST.toCharArray());
        for (int round = 0; round < Integer.getInteger("outpost.kill.rounds", 4); round++) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), PasswordChangeLoop.class.getName(), wallet.toString())
                    .redirectErrorStream(true).start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream()))) {
                assertThat(out.readLine()).isEqualTo("changed");
                Thread.sleep(ThreadLocalRandom.current().nextInt(5, 200));
                child.destroyForcibly(); // SIGKILL on POSIX
                assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
            }
            // The first try must tell the truth: a kill between the renames once made the new password fail
            // (the words were read before the change was finished). The next round starts from FIRST again.
            Wallet after = PasswordChangeLoop.light(wallet);
            String opens = opensWith(after, PasswordChangeLoop.FIRST) ? PasswordChangeLoop.FIRST : PasswordChangeLoop.SECOND;
            try (UnlockedWallet unlocked = after.unlock(opens.toCharArray())) {
                assertThat(unlocked.addresses()).hasSize(2);
            }
            assertThat(after.revealWords(opens.toCharArray()).words()).hasSize(12);
            if (opens.equals(PasswordChangeLoop.SECOND)) {
                after.changePassword(opens.toCharArray(), PasswordChangeLoop.FIRST.toCharArray());
            }
        }
    }

    private static boolean opensWith(Wallet wallet, String password) throws Exception {
        try (UnlockedWallet unlocked = wallet.unlock(password.toCharArray())) {
            return !unlocked.addresses().isEmpty();
        } catch (WrongPasswordException e) {
            return false;
        }
    }
}
