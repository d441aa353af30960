package io.outpost.app.cli;

import io.outpost.devnet.HealthOnlyOracle;
import io.outpost.devnet.OracleTestNet;
import io.outpost.network.NetworkProfile;
import io.outpost.network.NetworkProfileJson;
import io.outpost.wallet.Wallet;
import io.outpost.wallet.store.AtomicFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/** Runs {@code outpost …} in-process on a data folder in {@code temp}, with light scrypt, keeping what it printed. */
final class WalletCli {
    private final Path temp;
    private String out = "";
    private String err = "";

    WalletCli(Path temp) {
        this.temp = temp;
    }

    /** A secret file as a careful user keeps one: the value on its first line, readable only by its owner. */
    Path secret(String name, String value) throws Exception {
        Path file = Files.writeString(temp.resolve(name), value + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return file;
    }

    Path data() {
        return temp.resolve("data");
    }

    /** Makes {@code profile} the data folder's devnet profile, the network the wallet commands use. */
    void useNetwork(NetworkProfile profile) throws IOException {
        Files.createDirectories(data().resolve("networks"));
        Files.writeString(data().resolve("networks/devnet.json"), new NetworkProfileJson().write(profile));
    }

    /** {@code profile} naming another chain than its node's: what a stale or forged profile looks like. */
    static NetworkProfile onAnotherChain(NetworkProfile profile) {
        return new NetworkProfile(profile.id(), profile.name(), 1, profile.rpcUrls(), profile.contracts(), profile.oracleUrl(),
                profile.token(), profile.epochSeconds(), profile.explorerUrl());
    }

    /** A wallet holding anvil's first test account (ALICE), under the password in {@code password}. */
    void importAlice(Path password) throws Exception {
        Path key = secret("key", OracleTestNet.ALICE.getEcKeyPair().getPrivateKey().toString(16));
        if (run("wallet", "import", "--private-key-file", key.toString(), "--password-file", password.toString()) != 0) {
            throw new AssertionError("the import failed: " + err);
        }
    }

    int run(String... args) {
        StringWriter outWriter = new StringWriter();
        StringWriter errWriter = new StringWriter();
        int exit = new OutpostCli(OutpostCliTest.LINUX, Map.of(), temp, Locale.ENGLISH, new PrintWriter(outWriter),
                new PrintWriter(errWriter), services -> 0, new HealthOnlyOracle(),
                folder -> new Wallet(folder, Clock.systemUTC(), new SecureRandom(), 1 << 10, Wallet.DEFAULT_AUTO_LOCK, AtomicFile.Hook.NONE))
                .execute(Stream.concat(Arrays.stream(args), Stream.of("--data-dir", data().toString())).toArray(String[]::new));
        out = outWriter.toString();
        err = errWriter.toString();
        return exit;
    }

    String out() {
        return out;
    }

    String err() {
        return err;
    }
}
