package io.outpost.wallet.keys;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.outpost.crypto.Hex;
import java.nio.charset.StandardCharsets;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class HostAttestationKeysTest {
    // anvil's first and second dev accounts
    private static final byte[] ALICE = Hex.decode("0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80").orElseThrow();
    private static final byte[] BOB = Hex.decode("0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d").orElseThrow();

    @Test
    void theKeyIsTheDocumentedHmacOfTheAccountKeyAndTheHardwareId() throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(ALICE, "HmacSHA256"));
        byte[] expected = mac.doFinal("outpost-host-attested-device/1:sds011:A160:0".getBytes(StandardCharsets.UTF_8));
        try (PrivateKey account = PrivateKey.of(ALICE); PrivateKey sensor = HostAttestationKeys.derive(account, "sds011:A160")) {
            assertArrayEquals(expected, sensor.bytes());
        }
    }

    @Test
    void theSameSensorAndOwnerAlwaysGetTheSameKeyAndNoOtherPairDoes() {
        try (PrivateKey alice = PrivateKey.of(ALICE); PrivateKey bob = PrivateKey.of(BOB)) {
            Address first = HostAttestationKeys.derive(alice, "sds011:A160").address();
            assertEquals(first, HostAttestationKeys.derive(alice, "sds011:A160").address());
            assertNotEquals(first, HostAttestationKeys.derive(alice, "sds011:A161").address());
            assertNotEquals(first, HostAttestationKeys.derive(bob, "sds011:A160").address());
            assertNotEquals(alice.address(), first, "a sensor never signs with the owner's own key");
        }
    }

    @Test
    void aSensorWithoutAnIdGetsNoKey() {
        try (PrivateKey alice = PrivateKey.of(ALICE)) {
            assertThrows(IllegalArgumentException.class, () -> HostAttestationKeys.derive(alice, " "));
        }
    }
}
