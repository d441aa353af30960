package io.outpost.devices.diagnose;

import static org.assertj.core.api.Assertions.assertThat;

import io.outpost.devices.serial.UsbId;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UsbDevicesTest {
    @TempDir
    Path temp;

    @Test
    void readsIdsFromSysfsAndSkipsHubsInterfacesAndJunk() throws Exception {
        Path ch340 = Files.createDirectories(temp.resolve("1-2"));
        Files.writeString(ch340.resolve("idVendor"), "1a86\n");
        Files.writeString(ch340.resolve("idProduct"), "7523\n");
        Files.createDirectories(temp.resolve("1-2:1.0"));
        Path junk = Files.createDirectories(temp.resolve("1-3"));
        Files.writeString(junk.resolve("idVendor"), "zz\n");
        Files.writeString(junk.resolve("idProduct"), "7523\n");

        assertThat(new UsbDevices(temp).present()).containsExactly(UsbId.parse("1a86:7523"));
        assertThat(new UsbDevices(temp.resolve("absent")).present()).isEmpty();
    }
}
