package io.outpost.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.outpost.network.NetworkProfileJson.InvalidProfileException;
import io.outpost.network.ProfileStore.Problem;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileStoreTest {
    private final NetworkProfileJson json = new NetworkProfileJson();
    private final NetworkProfile devnet = NetworkProfiles.builtIn().byIdOrDefault(NetworkProfiles.DEVNET_ID);

    @TempDir
    Path dir;

    private String profile(String id, String rpcUrl) {
        return json.write(new NetworkProfile(id, "Test " + id, 5, List.of(URI.create(rpcUrl)), devnet.contracts(),
                devnet.oracleUrl(), devnet.token(), 60, devnet.explorerUrl()));
    }

    @Test
    void withoutAFolderOnlyTheBuiltInProfilesAreThere() throws Exception {
        ProfileStore.Loaded loaded = new ProfileStore(dir.resolve("missing")).load();
        assertThat(loaded.profiles().all()).containsExactly(devnet);
        assertThat(loaded.problems()).isEmpty();
    }

    @Test
    void anInstalledProfileIsWrittenUnderItsIdAndLoadsBack() throws Exception {
        ProfileStore store = new ProfileStore(dir.resolve("networks"));
        NetworkProfile installed = store.install(profile("testnet", "https://rpc.example/v1/key"));

        assertThat(dir.resolve("networks/testnet.json")).exists();
        try (var files = Files.list(dir.resolve("networks"))) {
            assertThat(files.map(file -> file.getFileName().toString())).containsExactly("testnet.json");
        }
        assertThat(store.load().profiles().all()).containsExactly(devnet, installed);
    }

    @Test
    void anInstalledDevnetReplacesTheBuiltInOne() throws Exception {
        ProfileStore store = new ProfileStore(dir);
        NetworkProfile local = store.install(json.write(devnet).replace("http://127.0.0.1:8545", "http://127.0.0.1:9999"));
        assertThat(store.load().profiles().all()).containsExactly(local);
        assertThat(store.install(json.write(devnet))).isEqualTo(devnet);
        assertThat(store.load().profiles().all()).containsExactly(devnet);
    }

    @Test
    void anInvalidProfileIsNotInstalledAndTheErrorNamesTheField() {
        ProfileStore store = new ProfileStore(dir);
        assertThatThrownBy(() -> store.install(profile("testnet", "https://rpc.example").replace("\"chainId\":5", "\"chainId\":-5")))
                .isInstanceOf(InvalidProfileException.class).hasMessageStartingWith("chainId:");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void brokenFilesAreReportedAndSkipped() throws Exception {
        Files.writeString(dir.resolve("a-broken.json"), "{\"schema\":1,");
        Files.writeString(dir.resolve("b-bad-field.json"), profile("other", "https://rpc.example").replace("\"epochSeconds\":60", "\"epochSeconds\":0"));
        Files.writeString(dir.resolve("c-good.json"), profile("good", "https://rpc.example"));
        Files.writeString(dir.resolve("d-same-id.json"), profile("good", "https://other.example"));
        Files.writeString(dir.resolve("notes.txt"), "not a profile");

        ProfileStore.Loaded loaded = new ProfileStore(dir).load();
        assertThat(loaded.profiles().all()).extracting(NetworkProfile::id).containsExactly("devnet", "good");
        assertThat(loaded.profiles().byId("good").orElseThrow().rpcUrl()).isEqualTo(URI.create("https://rpc.example"));
        assertThat(loaded.problems()).extracting(Problem::file).containsExactly("a-broken.json", "b-bad-field.json", "d-same-id.json");
        assertThat(loaded.problems().get(0).problem()).startsWith("(file): not valid JSON");
        assertThat(loaded.problems().get(1).problem()).startsWith("epochSeconds:");
        assertThat(loaded.problems().get(2).problem()).isEqualTo("id: good is already installed from another file");
    }
}
