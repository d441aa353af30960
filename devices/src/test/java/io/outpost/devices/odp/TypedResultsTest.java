package io.outpost.devices.odp;

import static org.assertj.core.api.Assertions.assertThat;

import io.outpost.devices.crypto.DeviceAddress;
import io.outpost.devices.crypto.DeviceKey;
import io.outpost.crypto.Hex;
import io.outpost.crypto.Keccak256;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class TypedResultsTest {
    private static JsonNode result(String line) {
        return ((OdpMessage.Response) new OdpLineParser().feed(DeviceLines.bytes(line)).getFirst()).result().orElseThrow();
    }

    @Test
    void anIdentifyResultWhosePublicKeyMatchesItsDevice() {
        Identity identity = Identity.from(result(DeviceLines.identify(1, DeviceLines.KEY))).orElseThrow();

        assertThat(identity.model()).isEqualTo("Outpost Hotspot");
        assertThat(identity.serial()).isEqualTo("OP-000417");
        assertThat(identity.device()).isEqualTo(DeviceLines.KEY.address());
        assertThat(identity.publicKeyBytes()).isEqualTo(DeviceLines.KEY.publicKey());
        assertThat(identity.publicKeyMatchesDevice()).isTrue();
    }

    @Test
    void aPublicKeyOfAnotherDeviceIsAMismatch() {
        DeviceKey other = DeviceKey.fromBytes(Keccak256.hash(DeviceLines.bytes("other")));
        String line = DeviceLines.identify(1, DeviceLines.KEY)
                .replace(Hex.encode(DeviceLines.KEY.publicKey()), Hex.encode(other.publicKey()));

        assertThat(Identity.from(result(line)).orElseThrow().publicKeyMatchesDevice()).isFalse();
    }

    @Test
    void aKeyOffTheCurveIsAMismatchEvenWhenItsAddressFits() {
        byte[] fake = new byte[65];
        fake[0] = 0x04;
        fake[64] = 1;
        Identity identity = new Identity("m", "h", "f", "s", DeviceAddress.fromPublicKey(fake), Hex.encode(fake));

        assertThat(identity.publicKeyMatchesDevice()).isFalse();
    }

    @Test
    void malformedIdentifyResultsAreRefused() {
        String line = DeviceLines.identify(1, DeviceLines.KEY);
        String key = Hex.encode(DeviceLines.KEY.publicKey());

        assertThat(Identity.from(result(line.replace(",\"serial\":\"OP-000417\"", "")))).isEmpty();
        assertThat(Identity.from(result(line.replace("\"OP-000417\"", "417")))).isEmpty();
        assertThat(Identity.from(result(line.replace(key, key.substring(0, 66))))).isEmpty();
        assertThat(Identity.from(result(line.replace(key, "0x02" + key.substring(4))))).isEmpty();
        assertThat(Identity.from(result(line.replace(DeviceLines.KEY.address().value(), "0x12")))).isEmpty();
        assertThat(Identity.from(result(DeviceLines.ok(1)))).isEmpty();
    }

    @Test
    void aConfiguredStatus() {
        DeviceStatus status = DeviceStatus.from(result(DeviceLines.status(2))).orElseThrow();

        assertThat(status.uptime()).isEqualTo(86_400);
        assertThat(status.heartbeatInterval()).isEqualTo(30);
        assertThat(status.network()).contains(new Network("sepolia", 11_155_111));
        assertThat(status.location()).contains(new DeviceStatus.Location(new Coordinates(52.520008, 13.404954),
                DeviceStatus.Source.GNSS));
    }

    @Test
    void anUnconfiguredStatusHasNeitherNetworkNorLocation() {
        DeviceStatus status = DeviceStatus.from(result(DeviceLines.unconfiguredStatus(3))).orElseThrow();

        assertThat(status.network()).isEmpty();
        assertThat(status.location()).isEmpty();
    }

    @Test
    void inconsistentOrOutOfRangeStatusIsRefused() {
        String line = DeviceLines.status(2);

        assertThat(status(line.replace("\"chainId\":11155111", "\"chainId\":null"))).isEmpty();
        assertThat(status(line.replace("\"gnss\"", "\"guess\""))).isEmpty();
        assertThat(status(line.replace("\"lat\":52.520008", "\"lat\":152.5"))).isEmpty();
        assertThat(status(line.replace("\"heartbeatInterval\":30", "\"heartbeatInterval\":2"))).isEmpty();
        assertThat(status(line.replace("\"heartbeatInterval\":30", "\"heartbeatInterval\":99999999999"))).isEmpty();
        assertThat(status(line.replace("\"uptime\":86400,", ""))).isEmpty();
        assertThat(status(line.replace(",\"location\":{\"lat\":52.520008,\"lon\":13.404954,\"source\":\"gnss\"}", "")))
                .isEmpty();
    }

    private static Optional<DeviceStatus> status(String line) {
        return DeviceStatus.from(result(line));
    }
}
