package io.outpost.devices.odp;

import io.outpost.devices.crypto.DeviceKey;
import io.outpost.crypto.Hex;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;

/**
 * The emulated device's own key and heartbeat counter, kept in a folder so the emulator is the same
 * device after a restart (same address, {@code seq} still growing), as real hardware is. The key file is
 * readable by its owner only and written atomically; its content never reaches a log or message.
 */
final class EmulatorKeyFile {
    private static final String KEY = "odp-device.key";
    private static final String SEQ = "odp-device.seq";

    private final Path folder;

    EmulatorKeyFile(Path folder) {
        this.folder = folder;
    }

    DeviceKey loadOrCreate(SecureRandom random) throws IOException {
        Path file = folder.resolve(KEY);
        if (Files.exists(file)) {
            byte[] scalar = Hex.decode(Files.readString(file, StandardCharsets.US_ASCII).strip(), 32)
                    .orElseThrow(() -> new IOException("The emulator key file " + file + " is damaged; delete it to make a new device"));
            return DeviceKey.fromBytes(scalar);
        }
        byte[] scalar = new byte[32];
        DeviceKey key;
        do {
            random.nextBytes(scalar);
            key = tryKey(scalar);
        } while (key == null);
        write(file, Hex.encode(scalar));
        return key;
    }

    long nextSeq() throws IOException {
        Path file = folder.resolve(SEQ);
        long next = Files.exists(file) ? Long.parseLong(Files.readString(file).strip()) + 1 : 0;
        write(file, Long.toString(next));
        return next;
    }

    private static DeviceKey tryKey(byte[] scalar) {
        try {
            return DeviceKey.fromBytes(scalar);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private void write(Path file, String content) throws IOException {
        Files.createDirectories(folder);
        Path temp = Files.createTempFile(folder, "." + file.getFileName(), ".tmp");
        try {
            if (Files.getFileStore(folder).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
            }
            Files.writeString(temp, content, StandardCharsets.US_ASCII);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
