package io.outpost.network;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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

    /** The profiles shipped with the app: the devnet, whose contracts land at the same addresses every time. */
    public static NetworkProfiles builtIn() {
        try (InputStream in = NetworkProfiles.class.getResourceAsStream("profiles/devnet.json")) {
            return new NetworkProfiles(List.of(new NetworkProfileJson().read(new String(in.readAllBytes(), StandardCharsets.UTF_8))));
        } catch (IOException e) {
            throw new UncheckedIOException("The built-in devnet profile is missing from the build", e);
        }
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
