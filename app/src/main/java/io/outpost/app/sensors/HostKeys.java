package io.outpost.app.sensors;

import io.outpost.devices.crypto.DeviceKey;
import io.outpost.wallet.keys.HostAttestationKeys;
import io.outpost.wallet.keys.PrivateKey;
import java.util.Arrays;

/** Where a sensor's key comes from: made from its owner's account key (so the owner's wallet must be open). */
@FunctionalInterface
public interface HostKeys {
    /** The key of sensor {@code hardwareId} owned by {@code owner}; fails when the owner's wallet is locked. */
    DeviceKey keyFor(String owner, String hardwareId);

    /** The key of sensor {@code hardwareId} made from {@code account}'s ({@link HostAttestationKeys}). */
    static DeviceKey derive(PrivateKey account, String hardwareId) {
        try (PrivateKey key = HostAttestationKeys.derive(account, hardwareId)) {
            byte[] bytes = key.bytes();
            try {
                return DeviceKey.fromBytes(bytes);
            } finally {
                Arrays.fill(bytes, (byte) 0);
            }
        }
    }
}
