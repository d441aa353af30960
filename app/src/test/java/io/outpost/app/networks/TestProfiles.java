package io.outpost.app.networks;

import io.outpost.network.NetworkProfile;
import io.outpost.network.NetworkProfileJson;
import io.outpost.network.NetworkProfiles;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/** Network profiles for tests: the built-in devnet's contracts and token under another id, chain and addresses. */
public final class TestProfiles {
    public static final NetworkProfile DEVNET = NetworkProfiles.builtIn().byIdOrDefault(NetworkProfiles.DEVNET_ID);

    private TestProfiles() {
    }

    public static NetworkProfile profile(String id, String name, long chainId, URI rpc, URI oracle) {
        return new NetworkProfile(id, name, chainId, List.of(rpc), DEVNET.contracts(), oracle, DEVNET.token(),
                DEVNET.epochSeconds(), Optional.empty());
    }

    /** A partner network somewhere on the internet (nothing answers there; the tests do not call it). */
    public static NetworkProfile partner() {
        return profile("partner-net", "Partner Net", 10, URI.create("https://rpc.partner.example/v3/SECRETKEY"),
                URI.create("https://oracle.partner.example"));
    }

    public static String json(NetworkProfile profile) {
        return new NetworkProfileJson().write(profile);
    }
}
