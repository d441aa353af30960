package io.outpost.wallet;

import io.outpost.wallet.keys.Address;
import io.outpost.wallet.keys.DerivationPath;
import io.outpost.wallet.keys.ExtendedKey;
import io.outpost.wallet.keys.InvalidMnemonicException;
import io.outpost.wallet.keys.Mnemonic;
import io.outpost.wallet.keys.PrivateKey;
import io.outpost.wallet.keystore.KeystoreException;
import io.outpost.wallet.keystore.MalformedKeystoreException;
import io.outpost.wallet.keystore.V3Keystore;
import io.outpost.wallet.store.AtomicFile;
import io.outpost.wallet.store.WalletFolder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The user's wallet in its folder ({@code <data>/wallets/}): the recovery phrase and every account key, each
 * in its own V3 keystore under one password. Every method that takes a password wipes it before returning
 * (the caller hands it over). Files are written atomically; a multi-file change is all-or-nothing.
 * Blocks on disk and on scrypt (about 1 s per file at the standard cost): call it off the UI thread.
 */
public final class Wallet {
    public static final Duration DEFAULT_AUTO_LOCK = Duration.ofMinutes(5);
    private static final String META = "x-outpost";

    private final WalletFolder folder;
    private final Clock clock;
    private final SecureRandom random;
    private final int scryptN;
    private final Duration autoLock;

    /** {@code scryptN} below {@link V3Keystore#STANDARD_SCRYPT_N} is for tests only. */
    public Wallet(Path folder, Clock clock, SecureRandom random, int scryptN, Duration autoLock, AtomicFile.Hook hook) {
        this.folder = new WalletFolder(folder, hook);
        this.clock = clock;
        this.random = random;
        this.scryptN = scryptN;
        this.autoLock = autoLock;
    }

    /** The wallet in {@code folder} with the standard scrypt cost and a 5-minute auto-lock. */
    public static Wallet standard(Path folder) {
        return new Wallet(folder, Clock.systemUTC(), new SecureRandom(), V3Keystore.STANDARD_SCRYPT_N,
                DEFAULT_AUTO_LOCK, AtomicFile.Hook.NONE);
    }

    /** The wallet folder of a data folder. */
    public static Path folderIn(Path dataDir) {
        return dataDir.resolve("wallets");
    }

    public boolean exists() throws IOException {
        return !accounts().isEmpty() || folder.exists(WalletFolder.MNEMONIC);
    }

    /** Creates the wallet from {@code mnemonic} (new or restored): the phrase and account 0, written together. */
    public Address create(Mnemonic mnemonic, char[] passphrase, char[] password) throws IOException {
        try {
            if (exists()) {
                throw new WalletStateException("a wallet exists in this folder already");
            }
            byte[] secret = (mnemonic.phrase() + "\n" + new String(passphrase)).getBytes(StandardCharsets.UTF_8);
            DerivationPath path = DerivationPath.ethereumAccount(0);
            try (PrivateKey key = derive(mnemonic, passphrase, path)) {
                Map<String, String> files = new LinkedHashMap<>();
                files.put(WalletFolder.MNEMONIC, encrypt(secret, password, meta("mnemonic", null)));
                byte[] keyBytes = key.bytes();
                files.put(fileOf(key.address()), encrypt(keyBytes, password, meta("account", path)));
                folder.writeAll(files, written -> opens(written, password));
                Arrays.fill(keyBytes, (byte) 0);
                Arrays.fill(secret, (byte) 0);
                return key.address();
            }
        } finally {
            Arrays.fill(passphrase, '\0');
            Arrays.fill(password, '\0');
        }
    }

    /**
     * Derives the next account from the recovery phrase (the one after the highest index in the wallet, as
     * MetaMask's "add account" does) and stores it; the password must be the wallet's.
     */
    public Address addAccount(char[] password) throws IOException, KeystoreException {
        try {
            RecoveryPhrase phrase = recoveryPhrase(password);
            int next = accounts().stream().flatMap(account -> account.path().stream())
                    .mapToInt(path -> path.steps().getLast()).max().orElse(-1) + 1;
            DerivationPath path = DerivationPath.ethereumAccount(next);
            try (PrivateKey key = derive(phrase.mnemonic(), phrase.passphrase(), path)) {
                byte[] bytes = key.bytes();
                folder.write(fileOf(key.address()), encrypt(bytes, password, meta("account", path)),
                        written -> opens(written, password));
                Arrays.fill(bytes, (byte) 0);
                return key.address();
            } finally {
                Arrays.fill(phrase.passphrase(), '\0');
            }
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** Adds a raw private key. In an existing wallet the password must be the wallet's. */
    public Address importPrivateKey(byte[] keyBytes, char[] password) throws IOException, KeystoreException {
        try (PrivateKey key = PrivateKey.of(keyBytes)) {
            if (exists()) {
                checkPassword(password);
            }
            if (folder.exists(fileOf(key.address()))) {
                throw new WalletStateException("this account is in the wallet already");
            }
            byte[] bytes = key.bytes();
            folder.write(fileOf(key.address()), encrypt(bytes, password, meta("account", null)),
                    written -> opens(written, password));
            Arrays.fill(bytes, (byte) 0);
            return key.address();
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /**
     * Imports a foreign V3 keystore: it is opened with {@code keystorePassword} and stored re-encrypted under
     * the wallet's password and KDF, so that one password opens every file and no weak or odd KDF stays.
     */
    public Address importKeystore(String json, char[] keystorePassword, char[] walletPassword)
            throws IOException, KeystoreException {
        byte[] key;
        try {
            key = V3Keystore.decrypt(json, keystorePassword);
        } finally {
            Arrays.fill(keystorePassword, '\0');
        }
        try {
            return importPrivateKey(key, walletPassword);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /** The accounts, read from the files' plain {@code address} fields: no password needed. */
    public List<Account> accounts() throws IOException {
        folder.recover();
        List<Account> accounts = new ArrayList<>();
        for (String name : folder.accountFiles()) {
            JsonNode root = parse(folder.read(name));
            Address address = Address.parse("0x" + root.path("address").asString(""))
                    .orElseThrow(() -> new IOException("the account file " + name + " has no valid address"));
            JsonNode path = root.path(META).path("path");
            accounts.add(new Account(address, path.isString() ? Optional.of(DerivationPath.parse(path.asString())) : Optional.empty()));
        }
        return accounts;
    }

    /** Opens every account key for signing, in a session that auto-locks after idle. */
    public UnlockedWallet unlock(char[] password) throws IOException, KeystoreException {
        return unlock(password, autoLock);
    }

    /** Opens every account key for signing, in a session that locks itself after {@code idleLimit} unused. */
    public UnlockedWallet unlock(char[] password, Duration idleLimit) throws IOException, KeystoreException {
        try {
            return new UnlockedWallet(openAll(password), clock, idleLimit);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** Re-encrypts every file under {@code newPassword}; a wrong old password changes nothing. */
    public void changePassword(char[] oldPassword, char[] newPassword) throws IOException, KeystoreException {
        try {
            folder.recover();
            Map<String, String> files = new LinkedHashMap<>();
            List<String> names = new ArrayList<>(folder.accountFiles());
            if (folder.exists(WalletFolder.MNEMONIC)) {
                names.add(WalletFolder.MNEMONIC);
            }
            for (String name : names) {
                ObjectNode old = (ObjectNode) parse(folder.read(name));
                byte[] secret = V3Keystore.decrypt(old, oldPassword);
                files.put(name, encrypt(secret, newPassword, old.path(META)));
                Arrays.fill(secret, (byte) 0);
            }
            folder.writeAll(files, written -> opens(written, newPassword));
        } finally {
            Arrays.fill(oldPassword, '\0');
            Arrays.fill(newPassword, '\0');
        }
    }

    /** The recovery phrase, after the password has been entered again. */
    public Mnemonic revealWords(char[] password) throws IOException, KeystoreException {
        try {
            return recoveryPhrase(password).mnemonic();
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** The V3 keystore of {@code address} (encrypted with the wallet password), once the password is checked. */
    public String exportKeystore(Address address, char[] password) throws IOException, KeystoreException {
        try {
            checkPassword(password);
            if (!folder.exists(fileOf(address))) {
                throw new WalletStateException("no account " + address.checksummed() + " in this wallet");
            }
            return folder.read(fileOf(address));
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private Map<Address, PrivateKey> openAll(char[] password) throws IOException, KeystoreException {
        // Finish an interrupted password change first: half-renamed files would refuse the right password.
        folder.recover();
        Optional<RecoveryPhrase> phrase = folder.exists(WalletFolder.MNEMONIC)
                ? Optional.of(recoveryPhrase(password)) : Optional.empty();
        Map<Address, PrivateKey> keys = new HashMap<>();
        for (Account account : accounts()) {
            PrivateKey key;
            if (account.path().isPresent() && phrase.isPresent()) {
                key = derive(phrase.get().mnemonic(), phrase.get().passphrase(), account.path().get());
            } else {
                byte[] bytes = V3Keystore.decrypt(folder.read(fileOf(account.address())), password);
                key = PrivateKey.of(bytes);
                Arrays.fill(bytes, (byte) 0);
            }
            keys.put(key.address(), key);
        }
        phrase.ifPresent(p -> Arrays.fill(p.passphrase(), '\0'));
        if (keys.isEmpty() && phrase.isEmpty()) {
            throw new WalletStateException("there is no wallet in this folder");
        }
        return keys;
    }

    private void checkPassword(char[] password) throws IOException, KeystoreException {
        folder.recover();
        List<String> accounts = folder.accountFiles();
        String name = folder.exists(WalletFolder.MNEMONIC) || accounts.isEmpty() ? WalletFolder.MNEMONIC : accounts.get(0);
        Arrays.fill(V3Keystore.decrypt(folder.read(name), password), (byte) 0);
    }

    private record RecoveryPhrase(Mnemonic mnemonic, char[] passphrase) {
    }

    private RecoveryPhrase recoveryPhrase(char[] password) throws IOException, KeystoreException {
        folder.recover();
        if (!folder.exists(WalletFolder.MNEMONIC)) {
            throw new WalletStateException("this wallet has no recovery phrase (its accounts were imported)");
        }
        byte[] secret = V3Keystore.decrypt(folder.read(WalletFolder.MNEMONIC), password);
        String text = new String(secret, StandardCharsets.UTF_8);
        Arrays.fill(secret, (byte) 0);
        int newline = text.indexOf('\n');
        try {
            return new RecoveryPhrase(Mnemonic.parse(text.substring(0, Math.max(newline, 0))),
                    text.substring(newline + 1).toCharArray());
        } catch (InvalidMnemonicException | StringIndexOutOfBoundsException e) {
            throw new MalformedKeystoreException("the stored recovery phrase is damaged");
        }
    }

    private static PrivateKey derive(Mnemonic mnemonic, char[] passphrase, DerivationPath path) {
        byte[] seed = mnemonic.seed(passphrase);
        try (ExtendedKey master = ExtendedKey.master(seed); ExtendedKey account = master.derive(path)) {
            return account.privateKey();
        } finally {
            Arrays.fill(seed, (byte) 0);
        }
    }

    private String encrypt(byte[] secret, char[] password, JsonNode meta) {
        ObjectNode keystore = V3Keystore.encrypt(secret, password, scryptN, random);
        if (!"mnemonic".equals(meta.path("kind").asString(""))) {
            try (PrivateKey key = PrivateKey.of(secret)) {
                keystore.put("address", key.address().value().substring(2));
            }
        }
        keystore.set(META, meta);
        return V3Keystore.write(keystore);
    }

    private static ObjectNode meta(String kind, DerivationPath path) {
        ObjectNode meta = tools.jackson.databind.node.JsonNodeFactory.instance.objectNode().put("kind", kind);
        return path == null ? meta : meta.put("path", path.toString());
    }

    private static boolean opens(byte[] written, char[] password) {
        try {
            Arrays.fill(V3Keystore.decrypt(new String(written, StandardCharsets.UTF_8), password), (byte) 0);
            return true;
        } catch (KeystoreException e) {
            return false;
        }
    }

    private static JsonNode parse(String json) throws IOException {
        try {
            return V3Keystore.parse(json);
        } catch (MalformedKeystoreException e) {
            throw new IOException("a wallet file is damaged", e);
        }
    }

    private static String fileOf(Address address) {
        return WalletFolder.accountFile(address.value().substring(2));
    }
}
