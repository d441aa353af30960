package io.outpost.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.Set;
import io.outpost.i18n.Messages;

/**
 * Reads the secrets a wallet command takes from files (passwords, passphrases, words, keys), so none is ever
 * in argv. Warns when such a file is readable by other users. Intermediate buffers are wiped.
 */
final class SecretFiles {
    // A password or a keystore is far smaller; a larger file is the wrong one.
    private static final int MAX_BYTES = 64 * 1024;
    private static final Set<PosixFilePermission> SHARED = Set.of(PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);

    private final Messages messages;
    private final PrintWriter err;

    SecretFiles(Messages messages, PrintWriter err) {
        this.messages = messages;
        this.err = err;
    }

    /** The file could not be read, is too large or is not UTF-8 text. */
    static final class UnreadableException extends Exception {
        private final Path file;

        UnreadableException(Path file) {
            super("cannot read " + file);
            this.file = file;
        }

        Path file() {
            return file;
        }
    }

    /** The file's first line, without its line end: a password or passphrase. The caller wipes it. */
    char[] firstLine(Path file) throws UnreadableException {
        char[] all = text(file);
        int end = 0;
        while (end < all.length && all[end] != '\n' && all[end] != '\r') {
            end++;
        }
        char[] line = Arrays.copyOf(all, end);
        Arrays.fill(all, '\0');
        return line;
    }

    /** The whole file as characters (words spread over lines, a private key). The caller wipes it. */
    char[] text(Path file) throws UnreadableException {
        warnIfShared(file);
        byte[] bytes = null;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new UnreadableException(file);
            }
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
            char[] text = Arrays.copyOfRange(chars.array(), chars.arrayOffset(), chars.arrayOffset() + chars.limit());
            Arrays.fill(chars.array(), '\0');
            return text;
        } catch (IOException e) {
            throw new UnreadableException(file);
        } finally {
            if (bytes != null) {
                Arrays.fill(bytes, (byte) 0);
            }
        }
    }

    private void warnIfShared(Path file) {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (permissions.stream().anyMatch(SHARED::contains)) {
                err.println(messages.get("cli.wallet.fileShared", file));
            }
        } catch (UnsupportedOperationException | IOException e) {
            // Not POSIX (Windows ACLs), or unreadable: reading it tells the user the latter.
        }
    }
}
