package io.outpost.wallet.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The files of one wallet: {@code mnemonic.json} (the encrypted recovery phrase) and one
 * {@code account-<address>.json} V3 keystore per account. Several files are replaced together (a password
 * change) through a journal: every new file is first written beside its target as {@code *.pending}, then
 * the {@code commit} marker is written, then the pending files are renamed into place. On open, a marker
 * means "finish the renames", pending files without one mean "throw them away": all files change or none.
 */
public final class WalletFolder {
    public static final String MNEMONIC = "mnemonic.json";
    private static final String ACCOUNT_PREFIX = "account-";
    private static final String PENDING = ".pending";
    private static final String COMMIT = "commit";

    private final Path folder;
    private final AtomicFile.Hook hook;

    public WalletFolder(Path folder, AtomicFile.Hook hook) {
        this.folder = folder;
        this.hook = hook;
    }

    public Path path() {
        return folder;
    }

    public static String accountFile(String lowercaseHexAddress) {
        return ACCOUNT_PREFIX + lowercaseHexAddress + ".json";
    }

    /** Finishes or rolls back an interrupted multi-file replace, and removes stale temp files. */
    public void recover() throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        boolean committed = Files.exists(folder.resolve(COMMIT));
        for (Path file : list("*" + PENDING)) {
            String name = file.getFileName().toString();
            if (committed) {
                Files.move(file, folder.resolve(name.substring(0, name.length() - PENDING.length())),
                        StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.delete(file);
            }
        }
        for (Path temp : list(".*" + AtomicFile.TEMP_SUFFIX)) {
            Files.delete(temp);
        }
        AtomicFile.syncFolder(folder);
        Files.deleteIfExists(folder.resolve(COMMIT));
    }

    public boolean exists(String name) {
        return Files.isRegularFile(folder.resolve(name));
    }

    public String read(String name) throws IOException {
        return Files.readString(folder.resolve(name), StandardCharsets.UTF_8);
    }

    /** The account keystore file names, sorted. */
    public List<String> accountFiles() throws IOException {
        List<String> names = new ArrayList<>();
        for (Path file : list(ACCOUNT_PREFIX + "*.json")) {
            names.add(file.getFileName().toString());
        }
        names.sort(null);
        return names;
    }

    /** Writes one file atomically; {@code verify} checks what was written decrypts. */
    public void write(String name, String content, Predicate<byte[]> verify) throws IOException {
        AtomicFile.write(folder.resolve(name), content.getBytes(StandardCharsets.UTF_8), verify, hook);
    }

    /** Replaces all {@code files} (name → content) together, through the journal described above. */
    public void writeAll(Map<String, String> files, Predicate<byte[]> verify) throws IOException {
        for (var file : files.entrySet()) {
            write(file.getKey() + PENDING, file.getValue(), verify);
        }
        AtomicFile.write(folder.resolve(COMMIT), new byte[0], bytes -> true, AtomicFile.Hook.NONE);
        recover();
    }

    private List<Path> list(String glob) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, glob)) {
            stream.forEach(files::add);
        }
        return files;
    }
}
