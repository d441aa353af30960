package io.outpost.wallet.keystore;

import java.util.HexFormat;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.PKCS5S2ParametersGenerator;
import org.bouncycastle.crypto.generators.SCrypt;
import org.bouncycastle.crypto.params.KeyParameter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The key derivation of a V3 keystore. Instances exist only with parameters inside the bounds (ADR 0012). */
sealed interface Kdf {
    int DKLEN = 32;
    int MAX_SALT = 1024;

    byte[] derive(byte[] password);

    void writeTo(ObjectNode crypto);

    /** Reads and bounds-checks {@code kdf} and {@code kdfparams}; no KDF work happens here. */
    static Kdf read(JsonNode crypto) throws KeystoreException {
        JsonNode params = Json.object(crypto, "kdfparams");
        if (Json.integer(params, "dklen") != DKLEN) {
            throw new UnsafeKdfException("dklen must be 32");
        }
        byte[] salt = Json.hex(params, "salt");
        if (salt.length == 0 || salt.length > MAX_SALT) {
            throw new UnsafeKdfException("the salt must be 1 to 1024 bytes");
        }
        return switch (Json.text(crypto, "kdf")) {
            case "scrypt" -> Scrypt.checked(Json.integer(params, "n"), Json.integer(params, "r"), Json.integer(params, "p"), salt);
            case "pbkdf2" -> {
                if (!"hmac-sha256".equals(Json.text(params, "prf"))) {
                    throw new MalformedKeystoreException("pbkdf2 prf must be hmac-sha256");
                }
                yield Pbkdf2.checked(Json.integer(params, "c"), salt);
            }
            default -> throw new MalformedKeystoreException("kdf must be scrypt or pbkdf2");
        };
    }

    record Scrypt(int n, int r, int p, byte[] salt) implements Kdf {
        static final long MAX_N = 1 << 20;
        static final long MAX_MEMORY = 256L << 20;
        static final long MAX_WORK = 1L << 21;

        static Scrypt checked(long n, long r, long p, byte[] salt) throws UnsafeKdfException {
            if (n < 2 || n > MAX_N || Long.bitCount(n) != 1) {
                throw new UnsafeKdfException("scrypt n must be a power of two from 2 to 2^20");
            }
            if (r < 1 || r > 16 || p < 1 || p > 16) {
                throw new UnsafeKdfException("scrypt r and p must be 1 to 16");
            }
            if (128 * n * r > MAX_MEMORY || n * r * p > MAX_WORK) {
                throw new UnsafeKdfException("scrypt would need more than 256 MiB or more work than n=2^18, r=8, p=1");
            }
            if (r == 1 && n >= 1 << 16) {
                throw new UnsafeKdfException("scrypt with r = 1 and n of 2^16 or more is not supported");
            }
            return new Scrypt((int) n, (int) r, (int) p, salt);
        }

        @Override
        public byte[] derive(byte[] password) {
            return SCrypt.generate(password, salt, n, r, p, DKLEN);
        }

        @Override
        public void writeTo(ObjectNode crypto) {
            crypto.put("kdf", "scrypt");
            crypto.putObject("kdfparams").put("dklen", DKLEN).put("n", n).put("r", r).put("p", p)
                    .put("salt", HexFormat.of().formatHex(salt));
        }
    }

    record Pbkdf2(int c, byte[] salt) implements Kdf {
        static final long MAX_ROUNDS = 10_000_000;

        static Pbkdf2 checked(long c, byte[] salt) throws UnsafeKdfException {
            if (c < 1 || c > MAX_ROUNDS) {
                throw new UnsafeKdfException("pbkdf2 c must be 1 to 10,000,000");
            }
            return new Pbkdf2((int) c, salt);
        }

        @Override
        public byte[] derive(byte[] password) {
            PKCS5S2ParametersGenerator generator = new PKCS5S2ParametersGenerator(new SHA256Digest());
            generator.init(password, salt, c);
            return ((KeyParameter) generator.generateDerivedParameters(DKLEN * 8)).getKey();
        }

        @Override
        public void writeTo(ObjectNode crypto) {
            crypto.put("kdf", "pbkdf2");
            crypto.putObject("kdfparams").put("dklen", DKLEN).put("c", c).put("prf", "hmac-sha256")
                    .put("salt", HexFormat.of().formatHex(salt));
        }
    }
}
