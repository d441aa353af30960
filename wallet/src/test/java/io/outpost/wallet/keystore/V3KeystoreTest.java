package io.outpost.wallet.keystore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class V3KeystoreTest {
    static final int LIGHT_N = 1 << 10;
    private static final char[] PASSWORD = "testpassword".toCharArray();
    private static final String PRIV = "7a28b5ba57c53603b0b07b56bba752f7784bf506fa95edc395f5cf6c7514fe9d";
    private final SecureRandom random = new SecureRandom();

    static JsonNode officialVector(String name) throws Exception {
        try (InputStream in = V3KeystoreTest.class.getResourceAsStream("basic_tests.json")) {
            return JsonMapper.builder().build().readTree(in).get(name).get("json");
        }
    }

    @Test
    void officialPbkdf2Vector() throws Exception {
        assertThat(HexFormat.of().formatHex(V3Keystore.decrypt(officialVector("test1"), PASSWORD))).isEqualTo(PRIV);
    }

    @Test
    void officialScryptVectorWithRequalsOneIsAClearErrorNotACrash() throws Exception {
        assertThatThrownBy(() -> V3Keystore.decrypt(officialVector("test2"), PASSWORD))
                .isInstanceOf(UnsafeKdfException.class).hasMessageContaining("r = 1");
    }

    @Test
    void roundTripAndCapitalisedCrypto() throws Exception {
        byte[] secret = HexFormat.of().parseHex(PRIV);
        ObjectNode keystore = V3Keystore.encrypt(secret, PASSWORD, LIGHT_N, random);
        assertThat(V3Keystore.decrypt(V3Keystore.write(keystore), PASSWORD)).isEqualTo(secret);

        keystore.set("Crypto", keystore.remove("crypto"));
        assertThat(V3Keystore.decrypt(keystore, PASSWORD)).isEqualTo(secret);
    }

    @Test
    void wrongPasswordIsNotAMalformedFile() {
        ObjectNode keystore = V3Keystore.encrypt(new byte[32], PASSWORD, LIGHT_N, random);
        assertThatThrownBy(() -> V3Keystore.decrypt(keystore, "testpassworD".toCharArray()))
                .isInstanceOf(WrongPasswordException.class);
    }

    @Test
    void newKeystoresUseStandardScryptByDefault() throws Exception {
        ObjectNode keystore = V3Keystore.encrypt(new byte[32], PASSWORD, V3Keystore.STANDARD_SCRYPT_N, random);
        JsonNode params = keystore.get("crypto").get("kdfparams");
        assertThat(params.get("n").asInt()).isEqualTo(262_144);
        assertThat(params.get("r").asInt()).isEqualTo(8);
        assertThat(params.get("p").asInt()).isEqualTo(1);
        assertThat(V3Keystore.decrypt(keystore, PASSWORD)).isEqualTo(new byte[32]);
    }

    /** Each hostile set of parameters is refused at once: no 1 GiB allocation, no minutes of CPU. */
    @ParameterizedTest
    @CsvSource({"n, 2097152", "n, 1000", "n, 1", "r, 1000", "r, 0", "p, 64", "p, 2", "dklen, 64", "dklen, 16"})
    void scryptParametersAreBoundedBeforeAnyWork(String field, long value) {
        ObjectNode keystore = V3Keystore.encrypt(new byte[32], PASSWORD, LIGHT_N, random);
        ObjectNode params = (ObjectNode) keystore.get("crypto").get("kdfparams");
        params.put("n", 1 << 18).put(field, value);
        long started = System.nanoTime();
        assertThatThrownBy(() -> V3Keystore.decrypt(keystore, PASSWORD)).isInstanceOf(UnsafeKdfException.class);
        assertThat(System.nanoTime() - started).isLessThan(500_000_000L);
    }

    @Test
    void pbkdf2RoundsAreBounded() throws Exception {
        ObjectNode keystore = (ObjectNode) officialVector("test1");
        ((ObjectNode) keystore.get("crypto").get("kdfparams")).put("c", 2_000_000_000);
        assertThatThrownBy(() -> V3Keystore.decrypt(keystore, PASSWORD)).isInstanceOf(UnsafeKdfException.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "not json",
        "{\"version\":2,\"crypto\":{}}",
        "{\"version\":3}",
        "{\"version\":3,\"crypto\":{\"cipher\":\"aes-128-cbc\"}}",
        "{\"version\":3,\"crypto\":{\"cipher\":\"aes-128-ctr\",\"cipherparams\":{\"iv\":\"zz\"},\"ciphertext\":\"00\",\"mac\":\"00\"}}",
        "[1,2,3]"})
    void malformedFilesAreTypedErrors(String json) {
        assertThatThrownBy(() -> V3Keystore.decrypt(json, PASSWORD)).isInstanceOf(MalformedKeystoreException.class);
    }
}
