package io.outpost.wallet.keys;

import io.outpost.crypto.Secp256k1;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keys this computer signs with for sensors that have none of their own (host-attested devices). Each is
 * derived from an account key and the sensor's hardware id: HMAC-SHA256 keyed with the account's 32 bytes over
 * {@code outpost-host-attested-device/1:<hardwareId>:<counter>}, the first counter (from 0) giving a valid
 * scalar. So the key is as safe as the wallet (nothing more is stored), the same sensor gets the same key again
 * (a second registration is found on the chain), and restoring the wallet's words restores its sensors.
 */
public final class HostAttestationKeys {
    static final String DOMAIN = "outpost-host-attested-device/1:";

    private HostAttestationKeys() {
    }

    /** The key for the sensor {@code hardwareId} (such as {@code sds011:A160}) owned by {@code account}. */
    public static PrivateKey derive(PrivateKey account, String hardwareId) {
        if (hardwareId.isBlank()) {
            throw new IllegalArgumentException("a sensor needs a hardware id to get a key");
        }
        byte[] secret = account.bytes();
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            for (int counter = 0; ; counter++) {
                byte[] candidate = mac.doFinal((DOMAIN + hardwareId + ":" + counter).getBytes(StandardCharsets.UTF_8));
                try {
                    if (Secp256k1.isValidScalar(new BigInteger(1, candidate))) {
                        return PrivateKey.of(candidate);
                    }
                } finally {
                    Arrays.fill(candidate, (byte) 0);
                }
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is missing from this Java runtime", e);
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
    }
}
