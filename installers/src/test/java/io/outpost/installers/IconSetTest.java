package io.outpost.installers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The icon files, read back the way each operating system reads them. */
class IconSetTest {
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G'};
    private static IconSet icons;

    @TempDir
    Path temp;

    @BeforeAll
    static void readTheSource() throws Exception {
        icons = IconSet.read(Path.of("src", "icon", "outpost.png"));
    }

    @Test
    void linuxGetsA512PixelPngWithItsTransparentMargin() throws Exception {
        Path file = temp.resolve("Outpost.png");
        icons.write(TargetOs.LINUX, file);

        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo(512);
        assertThat(image.getHeight()).isEqualTo(512);
        assertThat(image.getRGB(0, 0) >>> 24).as("corner alpha").isZero();
        assertThat(image.getRGB(256, 256) >>> 24).as("centre alpha").isEqualTo(255);
    }

    @Test
    void windowsGetsAnIcoWithEverySizeFrom16To256() {
        ByteBuffer ico = ByteBuffer.wrap(icons.ico()).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(ico.getShort(0)).isZero();
        assertThat(ico.getShort(2)).as("type: icon").isEqualTo((short) 1);
        assertThat(ico.getShort(4)).isEqualTo((short) IconSet.ICO_SIZES.size());
        for (int i = 0; i < IconSet.ICO_SIZES.size(); i++) {
            int size = IconSet.ICO_SIZES.get(i);
            int entry = 6 + 16 * i;
            int length = ico.getInt(entry + 8);
            int offset = ico.getInt(entry + 12);
            assertThat(Byte.toUnsignedInt(ico.get(entry))).isEqualTo(size == 256 ? 0 : size);
            assertThat(offset + length).isLessThanOrEqualTo(ico.capacity());
            byte[] image = Arrays.copyOfRange(ico.array(), offset, offset + length);
            if (size == 256) {
                assertThat(Arrays.copyOf(image, 4)).isEqualTo(PNG_SIGNATURE);
            } else {
                ByteBuffer bitmap = ByteBuffer.wrap(image).order(ByteOrder.LITTLE_ENDIAN);
                assertThat(bitmap.getInt(0)).as("header size").isEqualTo(40);
                assertThat(bitmap.getInt(4)).isEqualTo(size);
                assertThat(bitmap.getInt(8)).as("colour and mask rows").isEqualTo(2 * size);
                assertThat(length).isEqualTo(40 + size * size * 4 + ((size + 31) / 32) * 4 * size);
            }
        }
    }

    @Test
    void macGetsAnIcnsWhoseEntriesArePngsOfTheirSize() throws Exception {
        byte[] icns = icons.icns();
        ByteBuffer buffer = ByteBuffer.wrap(icns);
        assertThat(new String(icns, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("icns");
        assertThat(buffer.getInt(4)).as("total length").isEqualTo(icns.length);
        Map<String, Integer> sizes = new HashMap<>();
        for (int at = 8; at < icns.length; at += buffer.getInt(at + 4)) {
            String type = new String(icns, at, 4, StandardCharsets.US_ASCII);
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(icns, at + 8, buffer.getInt(at + 4) - 8));
            sizes.put(type, image.getWidth());
        }
        assertThat(sizes).isEqualTo(IconSet.ICNS_TYPES);
    }

    @Test
    void aSourceOfAnotherSizeIsRefused() {
        assertThatThrownBy(() -> new IconSet(new BufferedImage(512, 512, BufferedImage.TYPE_INT_ARGB)))
                .hasMessageContaining("1024 × 1024");
    }
}
