package io.outpost.app.wallet;

import io.outpost.wallet.Account;
import io.outpost.wallet.UnlockedWallet;
import io.outpost.wallet.Wallet;
import io.outpost.wallet.keys.Address;
import io.outpost.wallet.keys.DerivationPath;
import io.outpost.wallet.keys.InvalidMnemonicException;
import io.outpost.wallet.keys.Mnemonic;
import io.outpost.wallet.keystore.KeystoreException;
import io.outpost.app.storage.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The wallet as the app uses it: whether there is one, its accounts and addresses (no password needed),
 * creating, restoring and importing, and unlocking for signing. Every password and passphrase handed in is
 * wiped before the method returns; exceptions name what went wrong, never a secret.
 */
public final class WalletService {
    private final Wallet wallet;
    private final SecureRandom random;

    public WalletService(Wallet wallet, SecureRandom random) {
        this.wallet = wallet;
        this.random = random;
    }

    /** A new wallet: the words to show the user once, and the address of account 0. */
    public record Created(Mnemonic mnemonic, Address address) {
    }

    public boolean exists() throws IOException {
        return wallet.exists();
    }

    /**
     * The accounts in a stable order: those derived from the recovery phrase by their index, then the
     * imported ones by address. {@link #address(int)} counts in this order.
     */
    public List<Account> accounts() throws IOException {
        return wallet.accounts().stream().sorted(Comparator
                .comparing((Account account) -> account.path().isEmpty())
                .thenComparing(account -> account.path().map(WalletService::lastStep).orElse(0L))
                .thenComparing(account -> account.address().value())).toList();
    }

    /** The address of account {@code index} (0-based, in {@link #accounts()}'s order); empty when there is none. */
    public Optional<Address> address(int index) throws IOException {
        List<Account> accounts = accounts();
        return index >= 0 && index < accounts.size() ? Optional.of(accounts.get(index).address()) : Optional.empty();
    }

    /** New recovery words ({@code wordCount} 12 or 24) to show and confirm before anything is stored. */
    public List<String> newWords(int wordCount) {
        return Mnemonic.generate(wordCount, random).words();
    }

    /** Creates a wallet from new words ({@code wordCount} 12 or 24). */
    public Created create(int wordCount, char[] passphrase, char[] password) throws IOException {
        Mnemonic mnemonic = Mnemonic.generate(wordCount, random);
        return new Created(mnemonic, wallet.create(mnemonic, passphrase, password));
    }

    /** Restores a wallet from the user's words; a misspelt word fails naming its position and suggestions. */
    public Address restore(String words, char[] passphrase, char[] password) throws IOException, InvalidMnemonicException {
        Mnemonic mnemonic;
        try {
            mnemonic = Mnemonic.parse(words);
        } catch (InvalidMnemonicException e) {
            Arrays.fill(passphrase, '\0');
            Arrays.fill(password, '\0');
            throw e;
        }
        return wallet.create(mnemonic, passphrase, password);
    }

    /** Derives the next account from the recovery words; the password (wiped) must be the wallet's. */
    public Address addAccount(char[] password) throws IOException, KeystoreException {
        return wallet.addAccount(password);
    }

    /** Adds a raw 32-byte private key (the caller wipes {@code key}). */
    public Address importPrivateKey(byte[] key, char[] password) throws IOException, KeystoreException {
        return wallet.importPrivateKey(key, password);
    }

    /**
     * Adds the account of a V3 keystore opened with {@code password}, which also becomes (or, in an existing
     * wallet, must be) the wallet's password.
     */
    public Address importKeystore(String json, char[] password) throws IOException, KeystoreException {
        try {
            return wallet.importKeystore(json, password.clone(), password);
        } finally {
            Arrays.fill(password, '\0'); // the wallet wipes it only once the keystore has opened
        }
    }

    /** Opens the account keys for signing; close the session (or let it auto-lock) to wipe them. */
    public UnlockedWallet unlock(char[] password) throws IOException, KeystoreException {
        return wallet.unlock(password);
    }

    /** Opens the account keys for a session that locks itself once unused for {@code idleLimit}. */
    public UnlockedWallet unlock(char[] password, Duration idleLimit) throws IOException, KeystoreException {
        return wallet.unlock(password, idleLimit);
    }

    /** Re-encrypts the wallet under a new password; a wrong old password changes nothing. Both are wiped. */
    public void changePassword(char[] oldPassword, char[] newPassword) throws IOException, KeystoreException {
        wallet.changePassword(oldPassword, newPassword);
    }

    /** The recovery words, after the password has been entered again (it is wiped). */
    public List<String> revealWords(char[] password) throws IOException, KeystoreException {
        return wallet.revealWords(password).words();
    }

    /**
     * Writes account {@code address}'s keystore (encrypted with the wallet password, which is checked first
     * and wiped) to {@code target}, readable by its owner only: a backup other wallets can import.
     */
    public void exportKeystore(Address address, char[] password, Path target) throws IOException, KeystoreException {
        AtomicFiles.write(target, wallet.exportKeystore(address, password).getBytes(StandardCharsets.UTF_8));
    }

    private static long lastStep(DerivationPath path) {
        return Integer.toUnsignedLong(path.steps().getLast());
    }
}
