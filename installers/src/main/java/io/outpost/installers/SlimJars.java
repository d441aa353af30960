package io.outpost.installers;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Copies the app's jars for a package: without other platforms' native libraries ({@link NativeFilter}), and
 * stored rather than deflated. Stored, the installer's own compression (xz in a .deb) sees the class files
 * themselves and shrinks them far better than deflate did: it is what brings the .deb under 60 MB. Entry
 * contents do not change, so a signed jar's signature (BouncyCastle's) still verifies.
 */
final class SlimJars {
    private final NativeFilter filter;

    SlimJars(NativeFilter filter) {
        this.filter = filter;
    }

    /** Copies every file of {@code from} to {@code to}, the jars slimmed. */
    void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(from)) {
            for (Path file : files) {
                if (file.getFileName().toString().endsWith(".jar")) {
                    slim(file, to.resolve(file.getFileName()));
                } else {
                    Files.copy(file, to.resolve(file.getFileName()));
                }
            }
        }
    }

    void slim(Path jar, Path target) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile());
             OutputStream file = Files.newOutputStream(target);
             ZipOutputStream out = new ZipOutputStream(file)) {
            out.setMethod(ZipOutputStream.STORED);
            Enumeration<? extends ZipEntry> entries = zip.entries(); // in the jar's order: the manifest stays first
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (filter.keeps(entry.getName())) {
                    byte[] bytes;
                    try (InputStream in = zip.getInputStream(entry)) {
                        bytes = in.readAllBytes();
                    }
                    out.putNextEntry(stored(entry, bytes));
                    out.write(bytes);
                    out.closeEntry();
                }
            }
        }
    }

    private static ZipEntry stored(ZipEntry original, byte[] bytes) {
        ZipEntry entry = new ZipEntry(original.getName());
        CRC32 crc = new CRC32();
        crc.update(bytes);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(bytes.length);
        entry.setCompressedSize(bytes.length);
        entry.setCrc(crc.getValue());
        if (original.getLastModifiedTime() != null) {
            entry.setLastModifiedTime(original.getLastModifiedTime());
        }
        return entry;
    }
}
