package io.outpost.wallet.keystore;

import io.outpost.crypto.Keccak256;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Web3 Secret Storage (V3 keystores) as geth, MetaMask and MyEtherWallet write them: scrypt or
 * pbkdf2-hmac-sha256, aes-128-ctr, MAC = keccak256(derivedKey[16..32] ++ ciphertext). KDF parameters are
 * bounds-checked before any KDF work ({@link Kdf}). The secret may be a private key or any short plaintext
 * (the wallet keeps its recovery phrase the same way).
 */
public final class V3Keystore {
    /** scrypt cost of new keystores (about 1 s and 256 MiB here, as geth's "standard"). */
    public static final int STANDARD_SCRYPT_N = 1 << 18;
    private static final int MAX_CIPHERTEXT = 4096;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private V3Keystore() {
    }

    /** Encrypts {@code secret} under {@code password} with scrypt (n = {@code scryptN}, r = 8, p = 1). */
    public static ObjectNode encrypt(byte[] secret, char[] password, int scryptN, SecureRandom random) {
        byte[] salt = new byte[32];
        byte[] iv = new byte[16];
        random.nextBytes(salt);
        random.nextBytes(iv);
        Kdf kdf;
        try {
            kdf = Kdf.Scrypt.checked(scryptN, 8, 1, salt);
        } catch (UnsafeKdfException e) {
            throw new IllegalArgumentException("scrypt n must be a power of two up to 2^18", e);
        }
        byte[] derived = derive(kdf, password);
        try {
            byte[] ciphertext = aesCtr(derived, iv, secret);
            ObjectNode root = JSON.createObjectNode();
            ObjectNode crypto = root.putObject("crypto");
            crypto.put("cipher", "aes-128-ctr").put("ciphertext", HexFormat.of().formatHex(ciphertext));
            crypto.putObject("cipherparams").put("iv", HexFormat.of().formatHex(iv));
            kdf.writeTo(crypto);
            crypto.put("mac", HexFormat.of().formatHex(mac(derived, ciphertext)));
            root.put("id", UUID.randomUUID().toString()).put("version", 3);
            return root;
        } finally {
            Arrays.fill(derived, (byte) 0);
        }
    }

    /** The secret in keystore {@code json} (text). */
    public static byte[] decrypt(String json, char[] password) throws KeystoreException {
        return decrypt(parse(json), password);
    }

    /** The secret in a keystore tree; accepts {@code crypto} or {@code Crypto} (MyEtherWallet). */
    public static byte[] decrypt(JsonNode root, char[] password) throws KeystoreException {
        if (!root.isObject() || Json.integer(root, "version") != 3) {
            throw new MalformedKeystoreException("version must be 3");
        }
        JsonNode crypto = root.has("crypto") ? Json.object(root, "crypto") : Json.object(root, "Crypto");
        if (!"aes-128-ctr".equals(Json.text(crypto, "cipher"))) {
            throw new MalformedKeystoreException("cipher must be aes-128-ctr");
        }
        byte[] iv = Json.hex(Json.object(crypto, "cipherparams"), "iv");
        byte[] ciphertext = Json.hex(crypto, "ciphertext");
        byte[] expectedMac = Json.hex(crypto, "mac");
        if (iv.length != 16 || ciphertext.length > MAX_CIPHERTEXT || expectedMac.length != 32) {
            throw new MalformedKeystoreException("iv must be 16 bytes, mac 32, ciphertext at most 4096");
        }
        Kdf kdf = Kdf.read(crypto);
        byte[] derived = derive(kdf, password);
        try {
            if (!MessageDigest.isEqual(mac(derived, ciphertext), expectedMac)) {
                throw new WrongPasswordException();
            }
            return aesCtr(derived, iv, ciphertext);
        } finally {
            Arrays.fill(derived, (byte) 0);
        }
    }

    /** The JSON tree of keystore text; bad JSON is a malformed keystore. */
    public static JsonNode parse(String json) throws MalformedKeystoreException {
        try {
            return JSON.readTree(json);
        } catch (JacksonException e) {
            throw new MalformedKeystoreException("not JSON");
        }
    }

    public static String write(JsonNode keystore) {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(keystore);
    }

    private static byte[] derive(Kdf kdf, char[] password) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        Arrays.fill(encoded.array(), (byte) 0);
        try {
            return kdf.derive(bytes);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    private static byte[] mac(byte[] derived, byte[] ciphertext) {
        return Keccak256.hash(Arrays.copyOfRange(derived, 16, 32), ciphertext);
    }

    private static byte[] aesCtr(byte[] derived, byte[] iv, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/CTR/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(derived, 0, 16, "AES"), new IvParameterSpec(iv));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has AES/CTR", e);
        }
    }
}
