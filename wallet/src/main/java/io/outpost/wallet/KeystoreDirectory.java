package io.outpost.wallet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The folder that holds the user's encrypted keystore files ({@code *.json}; {@link Wallet#folderIn} names it,
 * {@code <data>/wallets}). A wallet exists when at least one keystore file is there; it stays locked until
 * the user unlocks it with their password.
 */
public final class KeystoreDirectory {
    private final Path folder;

    public KeystoreDirectory(Path folder) {
        this.folder = folder;
    }

    /** Blocks on the file system: call it off the UI thread. */
    public WalletState state() {
        if (!Files.isDirectory(folder)) {
            return WalletState.NONE;
        }
        try (DirectoryStream<Path> keystores = Files.newDirectoryStream(folder, "*.json")) {
            return keystores.iterator().hasNext() ? WalletState.LOCKED : WalletState.NONE;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the keystore folder " + folder, e);
        }
    }
}
