package io.outpost.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class NetworkProfilesTest {
    private final NetworkProfile devnet = new NetworkProfile("devnet", 31337, URI.create("http://127.0.0.1:8545"));
    private final NetworkProfile other = new NetworkProfile("other-net", 1, URI.create("https://rpc.example"));

    @Test
    void findsProfilesById() {
        NetworkProfiles profiles = new NetworkProfiles(List.of(devnet, other));
        assertThat(profiles.byId("other-net")).contains(other);
        assertThat(profiles.byId("missing")).isEmpty();
    }

    @Test
    void unknownIdFallsBackToTheFirstProfile() {
        assertThat(new NetworkProfiles(List.of(devnet, other)).byIdOrDefault("from-a-newer-version")).isEqualTo(devnet);
    }

    @Test
    void builtInProfileIsTheLocalTestNetwork() {
        NetworkProfile builtIn = NetworkProfiles.builtIn().byIdOrDefault(NetworkProfiles.DEVNET_ID);
        assertThat(builtIn.chainId()).isEqualTo(31337);
        assertThat(builtIn.rpcUrl().getHost()).isEqualTo("127.0.0.1");
    }

    @Test
    void rejectsIdsThatCannotBeStoredSafely() {
        assertThatThrownBy(() -> new NetworkProfile("Dev Net", 1, URI.create("http://x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Dev Net");
        assertThatThrownBy(() -> new NetworkProfiles(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
