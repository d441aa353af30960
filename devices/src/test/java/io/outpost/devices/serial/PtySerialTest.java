package io.outpost.devices.serial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** jSerialComm on real pseudo-terminals made by socat: the same code path as a USB serial adapter. */
@Timeout(30)
class PtySerialTest {
    @TempDir
    Path temp;

    private final SerialPorts ports = new JSerialCommPorts();

    private static String readAtLeast(SerialLink link, int bytes, Duration within) throws IOException {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        byte[] buffer = new byte[256];
        long deadline = System.nanoTime() + within.toNanos();
        while (received.size() < bytes && System.nanoTime() < deadline) {
            int n = link.read(buffer, 100);
            received.write(buffer, 0, n);
        }
        return received.toString(StandardCharsets.US_ASCII);
    }

    @Test
    void bytesCrossAPtyPairBothWays() throws Exception {
        try (PtyPair pair = PtyPair.start(temp.resolve("device"), temp.resolve("host"));
             SerialLink device = ports.open(pair.deviceEnd().toString(), LineSettings.eightNOne(115200));
             SerialLink host = ports.open(pair.hostEnd().toString(), LineSettings.eightNOne(115200).withControlLinesLow())) {
            host.write("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"identify\"}\n".getBytes(StandardCharsets.US_ASCII));
            assertThat(readAtLeast(device, 47, Duration.ofSeconds(5))).endsWith("\"identify\"}\n");

            device.write("$GPGGA,ok*00\r\n".getBytes(StandardCharsets.US_ASCII));
            assertThat(readAtLeast(host, 14, Duration.ofSeconds(5))).isEqualTo("$GPGGA,ok*00\r\n");
        }
    }

    @Test
    void aVanishedPortEndsReadingWithAnErrorAndClosingDoesNotHang() throws Exception {
        PtyPair pair = PtyPair.start(temp.resolve("device"), temp.resolve("host"));
        SerialLink host = ports.open(pair.hostEnd().toString(), LineSettings.eightNOne(9600));

        pair.close();

        assertThatThrownBy(() -> {
            for (int i = 0; i < 50; i++) {
                host.read(new byte[64], 100);
            }
        }).isInstanceOf(IOException.class);
        long start = System.nanoTime();
        host.close();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void missingPortIsReportedAsNotFound() {
        assertThatThrownBy(() -> ports.open(temp.resolve("nothing-here").toString(), LineSettings.eightNOne(9600)))
                .isInstanceOf(PortOpenException.class)
                .extracting(e -> ((PortOpenException) e).reason()).isEqualTo(PortOpenException.Reason.NOT_FOUND);
    }
}
