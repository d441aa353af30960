package io.outpost.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeystoreDirectoryTest {
    @TempDir
    Path temp;

    @Test
    void noFolderMeansNoWallet() {
        assertThat(new KeystoreDirectory(temp.resolve("wallet")).state()).isEqualTo(WalletState.NONE);
    }

    @Test
    void folderWithoutKeystoreMeansNoWallet() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("wallet"));
        Files.writeString(folder.resolve("notes.txt"), "not a keystore");
        assertThat(new KeystoreDirectory(folder).state()).isEqualTo(WalletState.NONE);
    }

    @Test
    void keystoreFileMeansLockedWallet() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("wallet"));
        Files.writeString(folder.resolve("main.json"), "{}");
        assertThat(new KeystoreDirectory(folder).state()).isEqualTo(WalletState.LOCKED);
    }
}
