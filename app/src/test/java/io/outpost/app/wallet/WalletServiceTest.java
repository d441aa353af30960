package io.outpost.app.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.outpost.wallet.UnlockedWallet;
import io.outpost.wallet.Wallet;
import io.outpost.wallet.keys.Address;
import io.outpost.wallet.keys.InvalidMnemonicException;
import io.outpost.wallet.keystore.V3Keystore;
import io.outpost.wallet.keystore.WrongPasswordException;
import io.outpost.wallet.store.AtomicFile;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app's wallet service on real files, with a light scrypt cost. */
class WalletServiceTest {
    static final int LIGHT_SCRYPT_N = 1 << 10;
    // anvil's account 2 (CAROL)
    private static final String KEY = "5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a";
    private static final Address KEY_ADDRESS = Address.parse("0x3c44cdddb6a900fa2b585dd299e03d12fa4293bc").orElseThrow();

    @TempDir
    Path folder;

    static Wallet lightWallet(Path folder) {
        return new Wallet(folder, Clock.systemUTC(), new SecureRandom(), LIGHT_SCRYPT_N, Wallet.DEFAULT_AUTO_LOCK, AtomicFile.Hook.NONE);
    }

    private WalletService service(String name) {
        return new WalletService(lightWallet(folder.resolve(name)), new SecureRandom());
    }

    @Test
    void createdWordsRestoreTheSameAddressAndAddressesNeedNoPassword() throws Exception {
        WalletService wallet = service("a");
        assertThat(wallet.exists()).isFalse();
        char[] password = "correct horse".toCharArray();

        WalletService.Created created = wallet.create(12, new char[0], password);

        assertThat(password).containsOnly('\0');
        assertThat(created.mnemonic().words()).hasSize(12);
        assertThat(wallet.exists()).isTrue();
        assertThat(wallet.address(0)).contains(created.address());
        assertThat(wallet.address(1)).isEmpty();
        WalletService restored = service("b");
        assertThat(restored.restore(created.mnemonic().phrase(), new char[0], "other".toCharArray())).isEqualTo(created.address());
    }

    @Test
    void aMisspeltWordIsNamedByItsPositionWithSuggestionsAndThePasswordIsWiped() {
        char[] password = "pw".toCharArray();
        String words = "abandon abandon abandn abandon abandon abandon abandon abandon abandon abandon abandon about";

        assertThatThrownBy(() -> service("a").restore(words, new char[0], password))
                .isInstanceOfSatisfying(InvalidMnemonicException.class, e -> {
                    assertThat(e.position()).isEqualTo(3);
                    assertThat(e.suggestions()).contains("abandon");
                });
        assertThat(password).containsOnly('\0');
    }

    @Test
    void importedAccountsComeAfterTheDerivedOnesAndTheWrongPasswordOpensNothing() throws Exception {
        WalletService wallet = service("a");
        Address first = wallet.create(12, new char[0], "pw".toCharArray()).address();

        wallet.importPrivateKey(HexFormat.of().parseHex(KEY), "pw".toCharArray());

        assertThat(wallet.accounts()).hasSize(2);
        assertThat(wallet.address(0)).contains(first);
        assertThat(wallet.address(1)).contains(KEY_ADDRESS);
        assertThatThrownBy(() -> wallet.unlock("wrong".toCharArray())).isInstanceOf(WrongPasswordException.class);
        try (UnlockedWallet session = wallet.unlock("pw".toCharArray())) {
            assertThat(session.addresses()).containsExactlyInAnyOrder(first, KEY_ADDRESS);
        }
    }

    @Test
    void aForeignKeystoreKeepsItsPasswordAsTheWallets() throws Exception {
        String keystore = V3Keystore.write(V3Keystore.encrypt(HexFormat.of().parseHex(KEY), "ks".toCharArray(),
                LIGHT_SCRYPT_N, new SecureRandom()));
        WalletService wallet = service("a");
        char[] wrong = "nope".toCharArray();

        assertThatThrownBy(() -> wallet.importKeystore(keystore, wrong)).isInstanceOf(WrongPasswordException.class);
        assertThat(wrong).containsOnly('\0');
        assertThat(wallet.importKeystore(keystore, "ks".toCharArray())).isEqualTo(KEY_ADDRESS);
        try (UnlockedWallet session = wallet.unlock("ks".toCharArray())) {
            assertThat(session.addresses()).containsExactly(KEY_ADDRESS);
        }
    }
}
