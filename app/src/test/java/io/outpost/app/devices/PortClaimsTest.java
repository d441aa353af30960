package io.outpost.app.devices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.outpost.devices.serial.JSerialCommPorts;
import io.outpost.devices.serial.LineSettings;
import io.outpost.devices.serial.PortOpenException;
import io.outpost.devices.serial.PtyPair;
import io.outpost.devices.serial.SerialLink;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a real pty, which jSerialComm opens only once at a time: the user's open takes the port from the
 * background listener, which gets it back only when the user is done.
 */
@Timeout(30)
class PortClaimsTest {
    private static final LineSettings LINE = LineSettings.eightNOne(115200);

    @TempDir
    Path temp;

    @Test
    void theUsersOpenTakesThePortFromTheBackgroundWhichWaitsUntilTheUserIsDone() throws Exception {
        try (PtyPair pair = PtyPair.start(temp.resolve("device"), temp.resolve("host"))) {
            String port = pair.hostEnd().toString();
            PortClaims claims = new PortClaims(new JSerialCommPorts());
            SerialLink listening = claims.background().open(port, LINE);

            try (SerialLink user = claims.foreground().open(port, LINE);
                 SerialLink device = new JSerialCommPorts().open(pair.deviceEnd().toString(), LINE)) {
                assertThatThrownBy(() -> listening.read(new byte[8], 100)).isInstanceOf(IOException.class);
                assertThatThrownBy(() -> claims.background().open(port, LINE))
                        .isInstanceOfSatisfying(PortOpenException.class,
                                e -> assertThat(e.reason()).isEqualTo(PortOpenException.Reason.BUSY));
                device.write("hello".getBytes(StandardCharsets.US_ASCII));
                assertThat(readSome(user)).isEqualTo("hello");
            }
            try (SerialLink again = claims.background().open(port, LINE)) {
                assertThat(again.path()).isEqualTo(port);
            }
        }
    }

    @Test
    void aFailedOpenLeavesNoClaimBehind() throws Exception {
        PortClaims claims = new PortClaims(new JSerialCommPorts());
        String missing = temp.resolve("no-such-port").toString();
        assertThatThrownBy(() -> claims.foreground().open(missing, LINE)).isInstanceOf(PortOpenException.class);
        try (PtyPair pair = PtyPair.start(temp.resolve("device"), temp.resolve("no-such-port"));
             SerialLink listening = claims.background().open(missing, LINE)) {
            assertThat(listening.path()).isEqualTo(pair.hostEnd().toString());
        }
    }

    private static String readSome(SerialLink link) throws IOException {
        byte[] buffer = new byte[16];
        StringBuilder read = new StringBuilder();
        for (int i = 0; i < 20 && read.length() < 5; i++) {
            int n = link.read(buffer, 100);
            read.append(new String(buffer, 0, n, StandardCharsets.US_ASCII));
        }
        return read.toString();
    }
}
