package io.outpost.installers;

import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * One image of an ICO file as a Windows device-independent bitmap: a 40-byte header whose height counts the
 * colour rows and the mask rows, 32-bit BGRA rows from the bottom up, then a 1-bit AND mask (all zero: the
 * alpha channel already says what is transparent), each mask row padded to 4 bytes.
 */
final class IcoBitmap {
    private IcoBitmap() {
    }

    static byte[] of(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        int maskRow = ((width + 31) / 32) * 4;
        ByteBuffer bitmap = ByteBuffer.allocate(40 + width * height * 4 + maskRow * height).order(ByteOrder.LITTLE_ENDIAN);
        bitmap.putInt(40).putInt(width).putInt(height * 2).putShort((short) 1).putShort((short) 32)
                .putInt(0).putInt(width * height * 4).putInt(0).putInt(0).putInt(0).putInt(0);
        for (int y = height - 1; y >= 0; y--) {
            for (int x = 0; x < width; x++) {
                bitmap.putInt(image.getRGB(x, y)); // ARGB as a little-endian int is B, G, R, A in memory
            }
        }
        return bitmap.array(); // the mask's bytes are already zero
    }
}
