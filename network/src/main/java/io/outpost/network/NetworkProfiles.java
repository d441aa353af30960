package io.outpost.network;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/** The networks Outpost knows. For now the local test network that the devnet module runs on this computer. */
public final class NetworkProfiles {
    public static final String DEVNET_ID = "devnet";

    private final List<NetworkProfile> profiles;

    public NetworkProfiles(List<NetworkProfile> profiles) {
        if (profiles.isEmpty()) {
            throw new IllegalArgumentException("At least one network profile is needed");
        }
        this.profiles = List.copyOf(profiles);
    }

    public static NetworkProfiles builtIn() {
        return new NetworkProfiles(List.of(new NetworkProfile(DEVNET_ID, 31337, URI.create("http://127.0.0.1:8545"))));
    }

    public List<NetworkProfile> all() {
        return profiles;
    }

    public Optional<NetworkProfile> byId(String id) {
        return profiles.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The profile with {@code id}, or the first one when the id is unknown (a setting from another version). */
    public NetworkProfile byIdOrDefault(String id) {
        return byId(id).orElse(profiles.getFirst());
    }
}
