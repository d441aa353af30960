package io.outpost.wallet.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.outpost.wallet.Wallet;
import io.outpost.wallet.keys.Address;
import io.outpost.wallet.keys.Mnemonic;
import io.outpost.wallet.UnlockedWallet;
import io.outpost.wallet.keystore.V3Keystore;
import io.outpost.wallet.keystore.WrongPasswordException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A crash (an exception from the hook) at each step leaves the old or the new content, never neither. */
class CrashSafetyTest {
    private static final int LIGHT_N = 1 << 10;
    private static final String ANVIL = "test test test test test test test test test test test junk";

    @TempDir
    Path folder;

    static final class Crash extends IOException {
    }

    private static AtomicFile.Hook crashAt(AtomicFile.Step step) {
        return reached -> {
            if (reached == step) {
                throw new Crash();
            }
        };
    }

    @ParameterizedTest
    @EnumSource(AtomicFile.Step.class)
    void singleFileIsOldOrNew(AtomicFile.Step step) throws Exception {
        Path target = folder.resolve("account.json");
        byte[] oldKey = new byte[32];
        byte[] newKey = new byte[32];
        oldKey[31] = 1;
        newKey[31] = 2;
        write(target, oldKey, AtomicFile.Hook.NONE);

        assertThatThrownBy(() -> write(target, newKey, crashAt(step))).isInstanceOf(Crash.class);

        byte[] now = V3Keystore.decrypt(Files.readString(target), "pw".toCharArray());
        assertThat(now).isEqualTo(step == AtomicFile.Step.RENAMED ? newKey : oldKey);
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.toList()).containsExactly(target);
        }
    }

    @ParameterizedTest
    @EnumSource(AtomicFile.Step.class)
    void passwordChangeIsAllOrNothing(AtomicFile.Step step) throws Exception {
        Wallet setup = wallet(AtomicFile.Hook.NONE);
        Address address = setup.create(Mnemonic.parse(ANVIL), new char[0], "old".toCharArray());
        setup.importPrivateKey(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
                23, 24, 25, 26, 27, 28, 29, 30, 31, 32}, "old".toCharArray());

        Wallet crashing = wallet(crashAt(step));
        assertThatThrownBy(() -> crashing.changePassword("old".toCharArray(), "new".toCharArray()))
                .isInstanceOf(Crash.class);

        Wallet restarted = wallet(AtomicFile.Hook.NONE);
        assertThat(restarted.accounts()).hasSize(2);
        // Nothing was committed: every file still opens with the old password and only with it.
        try (UnlockedWallet session = restarted.unlock("old".toCharArray())) {
            assertThat(session.addresses()).contains(address).hasSize(2);
        }
        restarted.changePassword("old".toCharArray(), "new".toCharArray());
        try (UnlockedWallet session = restarted.unlock("new".toCharArray())) {
            assertThat(session.addresses()).hasSize(2);
        }
    }

    /**
     * A kill between the renames of a committed password change: the account files are in place, the words
     * file is not yet. The new password must open the wallet at the first try (the change is finished before
     * anything is read) and the old one must not.
     */
    @Test
    void aChangeKilledBetweenItsRenamesOpensWithTheNewPasswordAtOnce() throws Exception {
        Wallet setup = wallet(AtomicFile.Hook.NONE);
        setup.create(Mnemonic.parse(ANVIL), new char[0], "old".toCharArray());
        setup.importPrivateKey(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
                23, 24, 25, 26, 27, 28, 29, 30, 31, 32}, "old".toCharArray());
        Path changed = Files.createDirectories(folder.resolveSibling(folder.getFileName() + "-changed"));
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.copy(file, changed.resolve(file.getFileName()));
            }
        }
        new Wallet(changed, Clock.systemUTC(), new SecureRandom(), 1 << 10, Wallet.DEFAULT_AUTO_LOCK, AtomicFile.Hook.NONE)
                .changePassword("old".toCharArray(), "new".toCharArray());
        try (Stream<Path> files = Files.list(changed)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                // The accounts are renamed into place already; the words wait as a pending file.
                Files.copy(file, folder.resolve(name.equals(WalletFolder.MNEMONIC) ? name + ".pending" : name),
                        StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.writeString(folder.resolve("commit"), "");

        Wallet restarted = wallet(AtomicFile.Hook.NONE);
        try (UnlockedWallet session = restarted.unlock("new".toCharArray())) {
            assertThat(session.addresses()).hasSize(2);
        }
        assertThatThrownBy(() -> restarted.unlock("old".toCharArray())).isInstanceOf(WrongPasswordException.class);
    }

    @Test
    void aCommittedChangeIsFinishedOnRestart() throws Exception {
        WalletFolder files = new WalletFolder(folder, AtomicFile.Hook.NONE);
        Files.writeString(folder.resolve("a.json"), "old a");
        Files.writeString(folder.resolve("a.json.pending"), "new a");
        Files.writeString(folder.resolve("b.json.pending"), "new b");
        Files.writeString(folder.resolve("commit"), "");

        files.recover();

        assertThat(Files.readString(folder.resolve("a.json"))).isEqualTo("new a");
        assertThat(Files.readString(folder.resolve("b.json"))).isEqualTo("new b");
        try (Stream<Path> list = Files.list(folder)) {
            assertThat(list.map(p -> p.getFileName().toString()).toList()).containsExactlyInAnyOrder("a.json", "b.json");
        }
    }

    private Wallet wallet(AtomicFile.Hook hook) {
        return new Wallet(folder, Clock.systemUTC(), new SecureRandom(), LIGHT_N, Wallet.DEFAULT_AUTO_LOCK, hook);
    }

    static void write(Path target, byte[] key, AtomicFile.Hook hook) throws IOException {
        String json = V3Keystore.write(V3Keystore.encrypt(key, "pw".toCharArray(), LIGHT_N, new SecureRandom()));
        AtomicFile.write(target, json.getBytes(StandardCharsets.UTF_8), bytes -> true, hook);
    }

}
