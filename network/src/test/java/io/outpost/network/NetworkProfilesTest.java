package io.outpost.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NetworkProfilesTest {
    private final NetworkProfile devnet = NetworkProfiles.builtIn().byIdOrDefault(NetworkProfiles.DEVNET_ID);
    private final NetworkProfile other = new NetworkProfile("other-net", "Other", 1, List.of(URI.create("https://rpc.example")),
            devnet.contracts(), URI.create("https://oracle.example"), devnet.token(), 86_400, Optional.empty());

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
        assertThat(devnet.chainId()).isEqualTo(31337);
        assertThat(devnet.rpcUrl().getHost()).isEqualTo("127.0.0.1");
        assertThat(devnet.token().symbol()).isEqualTo("OPT");
    }

    @Test
    void rejectsIdsThatCannotBeStoredSafely() {
        assertThatThrownBy(() -> new NetworkProfile("Dev Net", "x", 1, devnet.rpcUrls(), devnet.contracts(),
                devnet.oracleUrl(), devnet.token(), 60, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Dev Net");
        assertThatThrownBy(() -> new NetworkProfiles(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
