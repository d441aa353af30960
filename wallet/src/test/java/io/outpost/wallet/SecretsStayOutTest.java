package io.outpost.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.outpost.wallet.keys.Mnemonic;
import io.outpost.wallet.keystore.V3Keystore;
import io.outpost.wallet.store.AtomicFile;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

/** Every error path, triggered with known test secrets: no message, stack trace or file on disk shows them. */
class SecretsStayOutTest {
    private static final String PASSWORD = "Correct-Horse-Battery-7781";
    private static final String WRONG = "Wrong-Horse-Battery-9913";
    private static final String PASSPHRASE = "Hidden-Passphrase-4410";
    private static final String KEY = "59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d";
    private static final String WORDS = "legal winner thank year wave sausage worth useful legal winner thank yellow";

    @TempDir
    Path data;

    @Test
    void noSecretInErrorsOrFiles() throws Exception {
        Path folder = Wallet.folderIn(data);
        Wallet wallet = new Wallet(folder, Clock.systemUTC(), new SecureRandom(), 1 << 10, Wallet.DEFAULT_AUTO_LOCK,
                AtomicFile.Hook.NONE);
        wallet.create(Mnemonic.parse(WORDS), PASSPHRASE.toCharArray(), PASSWORD.toCharArray());
        byte[] key = HexFormat.of().parseHex(KEY);
        String foreign = V3Keystore.write(V3Keystore.encrypt(key, PASSWORD.toCharArray(), 1 << 10, new SecureRandom()));
        ObjectNode hostile = (ObjectNode) V3Keystore.parse(foreign);
        ((ObjectNode) hostile.get("crypto").get("kdfparams")).put("n", 1 << 22);

        List<Throwable> errors = new ArrayList<>();
        errors.add(catchThrowable(() -> wallet.unlock(WRONG.toCharArray())));
        errors.add(catchThrowable(() -> wallet.revealWords(WRONG.toCharArray())));
        errors.add(catchThrowable(() -> wallet.changePassword(WRONG.toCharArray(), PASSWORD.toCharArray())));
        errors.add(catchThrowable(() -> wallet.importPrivateKey(key.clone(), WRONG.toCharArray())));
        errors.add(catchThrowable(() -> wallet.importKeystore(foreign, WRONG.toCharArray(), PASSWORD.toCharArray())));
        errors.add(catchThrowable(() -> wallet.importKeystore(V3Keystore.write(hostile), PASSWORD.toCharArray(),
                PASSWORD.toCharArray())));
        errors.add(catchThrowable(() -> wallet.importKeystore("{" + KEY, PASSWORD.toCharArray(), PASSWORD.toCharArray())));
        errors.add(catchThrowable(() -> wallet.create(Mnemonic.parse(WORDS), PASSPHRASE.toCharArray(), PASSWORD.toCharArray())));
        errors.add(catchThrowable(() -> Mnemonic.parse(WORDS.replace("yellow", "yelow"))));
        errors.add(catchThrowable(() -> Mnemonic.parse(WORDS.replace("yellow", "year"))));
        errors.add(catchThrowable(() -> Mnemonic.parse(WORDS + " legal")));
        errors.add(catchThrowable(() -> wallet.unlock(PASSWORD.toCharArray()).key(
                io.outpost.wallet.keys.Address.parse("0x" + KEY.substring(0, 40)).orElseThrow())));

        assertThat(errors).doesNotContainNull().allSatisfy(error -> assertThat(trace(error)).doesNotContain(secrets()));
        try (Stream<Path> files = Files.walk(data)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(file, StandardCharsets.UTF_8)).doesNotContain(secrets());
            }
        }
    }

    private static String[] secrets() {
        return new String[] {PASSWORD, WRONG, PASSPHRASE, KEY, "winner", "sausage", "yelow"};
    }

    private static String trace(Throwable error) {
        StringWriter out = new StringWriter();
        error.printStackTrace(new PrintWriter(out));
        return out + " " + error;
    }
}
