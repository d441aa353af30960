package io.outpost.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.outpost.wallet.keys.Address;
import io.outpost.wallet.keys.Mnemonic;
import io.outpost.wallet.keystore.V3Keystore;
import io.outpost.wallet.keystore.WrongPasswordException;
import io.outpost.wallet.store.AtomicFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WalletTest {
    static final int LIGHT_N = 1 << 10;
    private static final String ANVIL = "test test test test test test test test test test test junk";
    private final SecureRandom random = new SecureRandom();

    @TempDir
    Path data;

    static Wallet light(Path folder, Clock clock) {
        return new Wallet(folder, clock, new SecureRandom(), LIGHT_N, Wallet.DEFAULT_AUTO_LOCK, AtomicFile.Hook.NONE);
    }

    private Wallet wallet() {
        return light(Wallet.folderIn(data), Clock.systemUTC());
    }

    @Test
    void createRestartRestoreGivesTheSameAddressForRandomMnemonics() throws Exception {
        for (int i = 0; i < 20; i++) {
            Mnemonic words = Mnemonic.generate(i % 2 == 0 ? 24 : 12, random);
            Path first = data.resolve("a" + i);
            Address created = light(first, Clock.systemUTC()).create(words, new char[0], "pw".toCharArray());

            Wallet restarted = light(first, Clock.systemUTC());
            assertThat(restarted.accounts()).extracting(Account::address).containsExactly(created);
            try (UnlockedWallet session = restarted.unlock("pw".toCharArray())) {
                assertThat(session.key(created).address()).isEqualTo(created);
            }
            Mnemonic revealed = restarted.revealWords("pw".toCharArray());
            Address restored = light(data.resolve("b" + i), Clock.systemUTC()).create(revealed, new char[0], "x".toCharArray());
            assertThat(restored).isEqualTo(created);
        }
    }

    @Test
    void anvilWordsGiveTheAnvilAccountAndFilesArePrivate() throws Exception {
        Wallet wallet = wallet();
        Address address = wallet.create(Mnemonic.parse(ANVIL), new char[0], "pw".toCharArray());
        assertThat(address.checksummed()).isEqualTo("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
        Path folder = Wallet.folderIn(data);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.toList()).hasSize(2).allSatisfy(file ->
                    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------"));
        }
        assertThat(new KeystoreDirectory(folder).state()).isEqualTo(WalletState.LOCKED);
        assertThatThrownBy(() -> wallet.create(Mnemonic.parse(ANVIL), new char[0], "pw".toCharArray()))
                .isInstanceOf(WalletStateException.class);
    }

    @Test
    void addedAccountsAreTheNextOnesOfTheWordsAsInMetaMask() throws Exception {
        Wallet wallet = wallet();
        wallet.create(Mnemonic.parse(ANVIL), new char[0], "pw".toCharArray());

        assertThatThrownBy(() -> wallet.addAccount("wrong".toCharArray())).isInstanceOf(WrongPasswordException.class);
        assertThat(wallet.accounts()).hasSize(1);
        // anvil's (and MetaMask's) accounts 1 and 2 of these words
        assertThat(wallet.addAccount("pw".toCharArray()).checksummed()).isEqualTo("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
        assertThat(wallet.addAccount("pw".toCharArray()).checksummed()).isEqualTo("0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC");
        try (UnlockedWallet unlocked = wallet.unlock("pw".toCharArray())) {
            assertThat(unlocked.addresses()).hasSize(3);
        }
    }

    @Test
    void anImportedOnlyWalletHasNoWordsToAddAccountsFrom() throws Exception {
        Wallet wallet = wallet();
        wallet.importPrivateKey(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23,
                24, 25, 26, 27, 28, 29, 30, 31, 32}, "pw".toCharArray());

        assertThatThrownBy(() -> wallet.addAccount("pw".toCharArray())).isInstanceOf(WalletStateException.class);
    }

    @Test
    void passwordsHandedOverAreWiped() throws Exception {
        char[] password = "secret-pw".toCharArray();
        char[] passphrase = "pp".toCharArray();
        wallet().create(Mnemonic.generate(12, random), passphrase, password);
        assertThat(password).containsOnly('\0');
        assertThat(passphrase).containsOnly('\0');
    }

    @Test
    void wrongPasswordChangesNothing() throws Exception {
        Wallet wallet = wallet();
        wallet.create(Mnemonic.generate(12, random), new char[0], "right".toCharArray());
        Map<Path, byte[]> before = snapshot();

        assertThatThrownBy(() -> wallet.changePassword("wrong".toCharArray(), "new".toCharArray()))
                .isInstanceOf(WrongPasswordException.class);
        assertThatThrownBy(() -> wallet.unlock("wrong".toCharArray())).isInstanceOf(WrongPasswordException.class);
        assertThatThrownBy(() -> wallet.revealWords("wrong".toCharArray())).isInstanceOf(WrongPasswordException.class);
        assertThatThrownBy(() -> wallet.importPrivateKey(new byte[31 + 1] , "wrong".toCharArray()))
                .isInstanceOf(IllegalArgumentException.class);
        byte[] key = HexFormat.of().parseHex("59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d");
        assertThatThrownBy(() -> wallet.importPrivateKey(key, "wrong".toCharArray())).isInstanceOf(WrongPasswordException.class);
        assertThat(snapshot()).containsExactlyInAnyOrderEntriesOf(before);
    }

    @Test
    void changePasswordReencryptsEveryFile() throws Exception {
        Wallet wallet = wallet();
        Address first = wallet.create(Mnemonic.parse(ANVIL), new char[0], "old".toCharArray());
        byte[] bob = HexFormat.of().parseHex("59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d");
        Address imported = wallet.importPrivateKey(bob, "old".toCharArray());

        wallet.changePassword("old".toCharArray(), "new".toCharArray());

        assertThatThrownBy(() -> wallet.unlock("old".toCharArray())).isInstanceOf(WrongPasswordException.class);
        try (UnlockedWallet session = wallet.unlock("new".toCharArray())) {
            assertThat(session.addresses()).containsExactlyInAnyOrder(first, imported);
            assertThat(session.key(imported).bytes()).isEqualTo(bob);
        }
        assertThat(V3Keystore.decrypt(wallet.exportKeystore(imported, "new".toCharArray()), "new".toCharArray())).isEqualTo(bob);
    }

    @Test
    void importedKeystoreIsKeptUnderTheWalletPassword() throws Exception {
        byte[] bob = HexFormat.of().parseHex("59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d");
        String foreign = V3Keystore.write(V3Keystore.encrypt(bob, "theirs".toCharArray(), 1 << 12, random));
        Wallet wallet = wallet();
        wallet.create(Mnemonic.generate(12, random), new char[0], "ours".toCharArray());

        Address address = wallet.importKeystore(foreign, "theirs".toCharArray(), "ours".toCharArray());

        assertThat(address.checksummed()).isEqualTo("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
        String stored = wallet.exportKeystore(address, "ours".toCharArray());
        assertThat(V3Keystore.decrypt(stored, "ours".toCharArray())).isEqualTo(bob);
        assertThat(V3Keystore.parse(stored).get("crypto").get("kdfparams").get("n").asInt()).isEqualTo(LIGHT_N);
        assertThat(wallet.accounts()).hasSize(2);
    }

    @Test
    void sessionLocksAfterIdleOnTheWallClock() throws Exception {
        MutableClock clock = new MutableClock();
        Wallet wallet = light(Wallet.folderIn(data), clock);
        Address address = wallet.create(Mnemonic.parse(ANVIL), new char[0], "pw".toCharArray());
        UnlockedWallet session = wallet.unlock("pw".toCharArray());

        clock.advance(Duration.ofMinutes(4));
        assertThat(session.key(address).address()).isEqualTo(address);
        clock.advance(Duration.ofMinutes(4));
        assertThat(session.isLocked()).isFalse();
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(session.isLocked()).isTrue();
        assertThatThrownBy(() -> session.key(address)).isInstanceOf(WalletStateException.class);
    }

    private Map<Path, byte[]> snapshot() throws Exception {
        Map<Path, byte[]> files = new HashMap<>();
        try (Stream<Path> list = Files.list(Wallet.folderIn(data))) {
            for (Path file : list.toList()) {
                files.put(file, Files.readAllBytes(file));
            }
        }
        return files;
    }

    static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-11-24T12:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
