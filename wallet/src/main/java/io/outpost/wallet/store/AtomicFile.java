package io.outpost.wallet.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Replaces a file so that a crash at any moment leaves the old or the new content, never neither: write a
 * temp file in the same folder (0600 on POSIX), fsync it, read it back and verify it, rename it over the
 * target atomically, fsync the folder. Folders it creates are 0700.
 */
public final class AtomicFile {
    /** The points a crash can fall between, for tests that simulate one. */
    public enum Step { WRITTEN, SYNCED, VERIFIED, RENAMED }

    /** Called after each step; a test throws from it to simulate a crash there. */
    @FunctionalInterface
    public interface Hook {
        Hook NONE = step -> { };

        void reached(Step step) throws IOException;
    }

    static final String TEMP_SUFFIX = ".tmp";
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private AtomicFile() {
    }

    /** Writes {@code content} to {@code target}; {@code verify} must accept the bytes read back from disk. */
    public static void write(Path target, byte[] content, Predicate<byte[]> verify, Hook hook) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        createPrivateFolder(folder);
        Path temp = folder.resolve("." + target.getFileName() + "." + UUID.randomUUID() + TEMP_SUFFIX);
        boolean renamed = false;
        try {
            try (FileChannel channel = FileChannel.open(temp, Set.of(StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE), ownerOnly("rw-------"))) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                hook.reached(Step.WRITTEN);
                channel.force(true);
            }
            hook.reached(Step.SYNCED);
            if (!verify.test(Files.readAllBytes(temp))) {
                throw new IOException("the file written to " + folder + " did not read back correctly");
            }
            hook.reached(Step.VERIFIED);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            renamed = true;
            syncFolder(folder);
            hook.reached(Step.RENAMED);
        } finally {
            if (!renamed) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /** Creates {@code folder} (0700 on POSIX) if needed, and tightens it to 0700 if it exists. */
    public static void createPrivateFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder, ownerOnly("rwx------"));
        }
        if (POSIX) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        }
    }

    /** Makes a rename in {@code folder} durable (where the platform can sync a directory). */
    public static void syncFolder(Path folder) throws IOException {
        if (POSIX) {
            try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
                channel.force(true);
            }
        }
    }

    private static FileAttribute<?>[] ownerOnly(String permissions) {
        return POSIX ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))}
                : new FileAttribute<?>[0];
    }
}
