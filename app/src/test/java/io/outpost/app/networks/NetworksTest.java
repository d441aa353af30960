package io.outpost.app.networks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.outpost.app.networks.Networks.UnknownNetworkException;
import io.outpost.app.networks.Networks.UnreadableFileException;
import io.outpost.app.settings.Settings;
import io.outpost.app.settings.SettingsStore;
import io.outpost.network.NetworkProfile;
import io.outpost.network.NetworkProfileJson.InvalidProfileException;
import io.outpost.network.ProfileStore;
import io.outpost.network.http.Delayer;
import io.outpost.network.http.Http;
import io.outpost.network.rpc.JsonRpcClient;
import io.outpost.network.rpc.RpcOptions;
import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NetworksTest {
    private final HttpClient http = Http.newClient(Duration.ofSeconds(2));

    @TempDir
    Path temp;

    @AfterEach
    void closeHttp() {
        http.close();
    }

    private Path folder() {
        return temp.resolve("networks");
    }

    private SettingsStore settings() {
        return new SettingsStore(temp.resolve("settings.json"), Clock.systemUTC());
    }

    private Networks networks(String activeId) {
        return new Networks(new ProfileStore(folder()), settings(), activeId,
                urls -> new JsonRpcClient(http, urls, RpcOptions.defaults(), Delayer.real(), Clock.systemUTC()));
    }

    private Path file(String name, String content) throws IOException {
        Path file = temp.resolve(name);
        Files.writeString(file, content);
        return file;
    }

    /** The profile with white space after its opening brace, {@code bytes} long in all (ASCII only). */
    private static String padded(String json, int bytes) {
        return "{" + " ".repeat(bytes - json.length()) + json.substring(1);
    }

    @Test
    void aGoodProfileIsInstalledAndListedBesideTheBuiltInOne() throws Exception {
        Networks networks = networks("devnet");

        NetworkProfile installed = networks.install(file("partner.json", TestProfiles.json(TestProfiles.partner())));

        assertThat(installed).isEqualTo(TestProfiles.partner());
        assertThat(folder().resolve("partner-net.json")).exists();
        Networks.Listing listing = networks.list();
        assertThat(listing.profiles()).extracting(NetworkProfile::id).containsExactly("devnet", "partner-net");
        assertThat(listing.active().id()).isEqualTo("devnet");
        assertThat(listing.skipped()).isEmpty();
        assertThat(networks("devnet").list().profiles()).as("seen by the next run too").hasSize(2);
    }

    @Test
    void aBadFileIsRefusedNamingTheFieldAndNothingChanges() throws Exception {
        Networks networks = networks("devnet");
        String staking = TestProfiles.DEVNET.contracts().staking();
        Path bad = file("bad.json", TestProfiles.json(TestProfiles.partner()).replace(staking, "0x1234"));

        assertThatThrownBy(() -> networks.install(bad)).isInstanceOfSatisfying(InvalidProfileException.class, e -> {
            assertThat(e.field()).isEqualTo("contracts.staking");
            assertThat(e.getMessage()).isEqualTo("contracts.staking: must be 0x and 40 hex digits, was 0x1234");
        });
        assertThatThrownBy(() -> networks.install(file("text.json", "not json"))).isInstanceOfSatisfying(
                InvalidProfileException.class, e -> assertThat(e.field()).isEqualTo("(file)"));
        Path latin1 = temp.resolve("latin1.json");
        Files.write(latin1, TestProfiles.json(TestProfiles.partner()).replace("Partner", "Partnér")
                .getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> networks.install(latin1)).hasMessage("(file): not UTF-8 text");

        assertThat(folder()).doesNotExist();
        assertThat(networks.list().profiles()).extracting(NetworkProfile::id).containsExactly("devnet");
    }

    @Test
    void aFileOverTheLimitOrMissingIsRefusedUnread() throws Exception {
        Networks networks = networks("devnet");
        String padded = padded(TestProfiles.json(TestProfiles.partner()), Networks.MAX_PROFILE_BYTES + 1);

        assertThatThrownBy(() -> networks.install(file("huge.json", padded))).isInstanceOfSatisfying(
                UnreadableFileException.class, e -> assertThat(e.tooLarge()).isTrue());
        assertThatThrownBy(() -> networks.install(temp.resolve("missing.json"))).isInstanceOfSatisfying(
                UnreadableFileException.class, e -> assertThat(e.tooLarge()).isFalse());
        assertThat(folder()).doesNotExist();
    }

    @Test
    void aProfileJustUnderTheLimitIsAccepted() throws Exception {
        String padded = padded(TestProfiles.json(TestProfiles.partner()), Networks.MAX_PROFILE_BYTES);

        assertThat(networks("devnet").install(file("padded.json", padded)).id()).isEqualTo("partner-net");
    }

    @Test
    void usingAKnownNetworkSavesItKeepsTheOtherSettingsAndLaterLookupsSeeIt() throws Exception {
        settings().save(Settings.defaults().withLanguage("de").withLastScreen("wallet"));
        Networks networks = networks("devnet");
        networks.install(file("partner.json", TestProfiles.json(TestProfiles.partner())));

        assertThat(networks.use("partner-net").name()).isEqualTo("Partner Net");

        assertThat(networks.active().id()).isEqualTo("partner-net");
        assertThat(networks.list().active().id()).isEqualTo("partner-net");
        Settings saved = settings().load().settings();
        assertThat(saved.networkId()).isEqualTo("partner-net");
        assertThat(saved.language()).isEqualTo("de");
        assertThat(saved.lastScreen()).isEqualTo("wallet");
    }

    @Test
    void anUnknownNetworkIsRefusedWithTheKnownIdsAndNothingIsSaved() {
        Networks networks = networks("devnet");

        assertThatThrownBy(() -> networks.use("mainnet")).isInstanceOfSatisfying(UnknownNetworkException.class, e -> {
            assertThat(e.id()).isEqualTo("mainnet");
            assertThat(e.known()).containsExactly("devnet");
        });
        assertThatThrownBy(() -> networks.check("mainnet")).isInstanceOf(UnknownNetworkException.class);
        assertThat(temp.resolve("settings.json")).doesNotExist();
        assertThat(networks.active().id()).isEqualTo("devnet");
    }

    @Test
    void brokenFilesAreListedAsSkippedWithTheFieldAtFault() throws Exception {
        Files.createDirectories(folder());
        Files.writeString(folder().resolve("broken.json"), TestProfiles.json(TestProfiles.partner()).replace("\"chainId\":10", "\"chainId\":-1"));
        Files.writeString(folder().resolve("partner.json"), TestProfiles.json(TestProfiles.partner()));

        Networks.Listing listing = networks("devnet").list();

        assertThat(listing.profiles()).extracting(NetworkProfile::id).containsExactly("devnet", "partner-net");
        assertThat(listing.skipped()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("broken.json");
            assertThat(problem.problem()).startsWith("chainId: ");
        });
    }

    @Test
    void anActiveIdThatIsNoLongerInstalledFallsBackToTheFirstNetwork() {
        Networks networks = networks("gone-net");
        assertThat(networks.active().id()).isEqualTo("devnet");
        assertThat(networks.list().active().id()).isEqualTo("devnet");
    }
}
