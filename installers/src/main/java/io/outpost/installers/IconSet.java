package io.outpost.installers;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Every icon file the installers need, drawn from one big square PNG with the JDK's own imaging (no
 * ImageMagick, so the same build runs on Linux, Windows and macOS): a PNG for Linux, an ICO for Windows,
 * an ICNS for macOS.
 */
final class IconSet {
    static final int SOURCE_SIZE = 1024;
    static final int LINUX_SIZE = 512;
    static final List<Integer> ICO_SIZES = List.of(16, 24, 32, 48, 64, 128, 256);
    // The PNG-holding ICNS types macOS reads, by the pixel size each holds (the @2x ones repeat a size).
    static final Map<String, Integer> ICNS_TYPES = icnsTypes();

    private final BufferedImage source;

    IconSet(BufferedImage source) {
        if (source.getWidth() != SOURCE_SIZE || source.getHeight() != SOURCE_SIZE) {
            throw new IllegalArgumentException("The icon must be " + SOURCE_SIZE + " × " + SOURCE_SIZE + " pixels, not "
                    + source.getWidth() + " × " + source.getHeight());
        }
        this.source = source;
    }

    static IconSet read(Path png) throws IOException {
        BufferedImage image = ImageIO.read(png.toFile());
        if (image == null) {
            throw new IOException(png + " is not an image");
        }
        return new IconSet(image);
    }

    /** Writes the icon {@code os} needs to {@code file}. */
    void write(TargetOs os, Path file) throws IOException {
        byte[] bytes = switch (os) {
            case LINUX -> png(LINUX_SIZE);
            case WINDOWS -> ico();
            case MAC -> icns();
        };
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, bytes);
    }

    /** The icon at {@code size} pixels, shrunk by halves (one big step would alias the thin strokes). */
    BufferedImage scaled(int size) {
        BufferedImage image = source;
        while (image.getWidth() > size) {
            int next = Math.max(size, image.getWidth() / 2);
            BufferedImage smaller = new BufferedImage(next, next, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = smaller.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(image, 0, 0, next, next, null);
            g.dispose();
            image = smaller;
        }
        return image;
    }

    byte[] png(int size) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(scaled(size), "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** An ICO: 256 px as PNG (as Windows itself stores it), the small sizes as 32-bit bitmaps every reader takes. */
    byte[] ico() {
        List<byte[]> images = ICO_SIZES.stream().map(size -> size >= 256 ? png(size) : IcoBitmap.of(scaled(size))).toList();
        int offset = 6 + 16 * images.size();
        ByteBuffer header = ByteBuffer.allocate(offset).order(ByteOrder.LITTLE_ENDIAN);
        header.putShort((short) 0).putShort((short) 1).putShort((short) images.size());
        for (int i = 0; i < images.size(); i++) {
            int size = ICO_SIZES.get(i);
            header.put((byte) (size >= 256 ? 0 : size)).put((byte) (size >= 256 ? 0 : size)).put((byte) 0).put((byte) 0);
            header.putShort((short) 1).putShort((short) 32).putInt(images.get(i).length).putInt(offset);
            offset += images.get(i).length;
        }
        return concat(header.array(), images);
    }

    /** An ICNS of PNG entries, which macOS reads from 10.7 on. */
    byte[] icns() {
        List<byte[]> entries = ICNS_TYPES.entrySet().stream().map(type -> {
            byte[] png = png(type.getValue());
            return concat(ByteBuffer.allocate(8).put(type.getKey().getBytes(StandardCharsets.US_ASCII))
                    .putInt(8 + png.length).array(), List.of(png));
        }).toList();
        int total = 8 + entries.stream().mapToInt(e -> e.length).sum();
        return concat(ByteBuffer.allocate(8).put("icns".getBytes(StandardCharsets.US_ASCII)).putInt(total).array(),
                entries);
    }

    private static byte[] concat(byte[] head, List<byte[]> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head);
        parts.forEach(out::writeBytes);
        return out.toByteArray();
    }

    private static Map<String, Integer> icnsTypes() {
        Map<String, Integer> types = new LinkedHashMap<>();
        types.put("icp4", 16);
        types.put("icp5", 32);
        types.put("icp6", 64);
        types.put("ic07", 128);
        types.put("ic08", 256);
        types.put("ic09", 512);
        types.put("ic10", 1024);
        types.put("ic11", 32);
        types.put("ic12", 64);
        types.put("ic13", 256);
        types.put("ic14", 512);
        return Collections.unmodifiableMap(types);
    }
}
