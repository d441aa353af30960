package io.outpost.devices.odp;

import static org.assertj.core.api.Assertions.assertThat;

import io.outpost.devices.crypto.DeviceKey;
import io.outpost.crypto.Hex;
import io.outpost.crypto.Keccak256;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HeartbeatTest {
    private static final DeviceKey OTHER_KEY = DeviceKey.fromBytes(Keccak256.hash(DeviceLines.bytes("another device")));
    private static final BigInteger N =
            new BigInteger("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141", 16);

    private static Optional<Heartbeat> parse(String line) {
        return new OdpLineParser().feed(DeviceLines.bytes(line)).stream()
                .map(OdpMessage.Notification.class::cast)
                .findFirst()
                .flatMap(Heartbeat::from);
    }

    private static Heartbeat genuine() {
        return parse(DeviceLines.heartbeat(DeviceLines.KEY, 41, 1_764_000_000L, 3)).orElseThrow();
    }

    @Test
    void aGenuineHeartbeatIsVerified() {
        Heartbeat heartbeat = genuine();

        assertThat(heartbeat).isEqualTo(new Heartbeat(DeviceLines.KEY.address(), 41, 1_764_000_000L, 3, heartbeat.signature()));
        assertThat(heartbeat.signedText()).isEqualTo("outpost-heartbeat:" + DeviceLines.KEY.address() + ":41:1764000000");
        assertThat(heartbeat.verify()).isEqualTo(Verification.VERIFIED);
        assertThat(heartbeat.verifyFrom(DeviceLines.KEY.address())).isEqualTo(Verification.VERIFIED);
    }

    @Test
    void changingSeqTimeOrDeviceBreaksTheSignature() {
        Heartbeat h = genuine();

        assertThat(new Heartbeat(h.device(), h.seq() + 1, h.time(), h.uptime(), h.signature()).verify().verified()).isFalse();
        assertThat(new Heartbeat(h.device(), h.seq(), h.time() + 30, h.uptime(), h.signature()).verify().verified()).isFalse();
        assertThat(new Heartbeat(OTHER_KEY.address(), h.seq(), h.time(), h.uptime(), h.signature()).verify().verified()).isFalse();
    }

    @Test
    void uptimeIsNotSignedSoChangingItKeepsTheSignature() {
        Heartbeat h = genuine();

        assertThat(new Heartbeat(h.device(), h.seq(), h.time(), 99, h.signature()).verify()).isEqualTo(Verification.VERIFIED);
    }

    @Test
    void aHeartbeatSignedByAnotherKeyNamesTheWrongSigner() {
        String forged = DeviceLines.heartbeat(OTHER_KEY, 41, 1_764_000_000L, 3)
                .replace(OTHER_KEY.address().value(), DeviceLines.KEY.address().value());

        assertThat(parse(forged).orElseThrow().verify()).isEqualTo(Verification.WRONG_SIGNER);
    }

    @Test
    void aHeartbeatFromAnotherDeviceThanTheIdentifiedOneIsRefused() {
        assertThat(genuine().verifyFrom(OTHER_KEY.address())).isEqualTo(Verification.WRONG_SIGNER);
    }

    @Test
    void garbageAndWrongLengthSignaturesAreNeverVerified() {
        Heartbeat h = genuine();

        assertThat(withSignature(h, "0x" + "ab".repeat(64) + "1b").verify().verified()).isFalse();
        assertThat(withSignature(h, "0x" + "00".repeat(65)).verify()).isEqualTo(Verification.BAD_SIGNATURE);
        assertThat(withSignature(h, h.signature().substring(0, 130)).verify()).isEqualTo(Verification.MALFORMED);
        assertThat(withSignature(h, h.signature() + "00").verify()).isEqualTo(Verification.MALFORMED);
        assertThat(withSignature(h, "0x" + "zz".repeat(65)).verify()).isEqualTo(Verification.MALFORMED);
        assertThat(withSignature(h, "").verify()).isEqualTo(Verification.MALFORMED);
    }

    @Test
    void theHighSTwinOfAGenuineSignatureIsRefused() {
        Heartbeat h = genuine();
        byte[] signature = Hex.decode(h.signature(), 65).orElseThrow();
        BigInteger s = new BigInteger(1, Arrays.copyOfRange(signature, 32, 64));
        byte[] highS = N.subtract(s).toByteArray();
        System.arraycopy(highS, highS.length - 32, signature, 32, 32);
        signature[64] = (byte) (signature[64] == 27 ? 28 : 27);

        assertThat(withSignature(h, Hex.encode(signature)).verify()).isEqualTo(Verification.BAD_SIGNATURE);
    }

    @Test
    void malformedHeartbeatsDoNotParse() {
        String line = DeviceLines.heartbeat(DeviceLines.KEY, 41, 1_764_000_000L, 3);
        String device = DeviceLines.KEY.address().value();

        assertThat(parse(line.replace("\"seq\":41", "\"seq\":\"41\""))).isEmpty();
        assertThat(parse(line.replace("\"seq\":41", "\"seq\":41.0"))).isEmpty();
        assertThat(parse(line.replace("\"seq\":41", "\"seq\":-41"))).isEmpty();
        assertThat(parse(line.replace("\"time\":1764000000,", ""))).isEmpty();
        assertThat(parse(line.replace(device, device.toUpperCase().replace("0X", "0x")))).isEmpty();
        assertThat(parse(line.replace("\"method\":\"heartbeat\"", "\"method\":\"heartbeat2\""))).isEmpty();
    }

    private static Heartbeat withSignature(Heartbeat h, String signature) {
        return new Heartbeat(h.device(), h.seq(), h.time(), h.uptime(), signature);
    }
}
