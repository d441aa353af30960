package io.outpost.app.networks;

import io.outpost.i18n.Messages;
import io.outpost.network.NetworkProfile;
import io.outpost.network.NetworkProfiles;
import java.util.Optional;

/** What a network is called: the ones Outpost ships by a translated name, installed ones by their own. */
public final class NetworkNames {
    private NetworkNames() {
    }

    /** The i18n key of the network's name; empty for an installed profile, which brings its own name. */
    public static Optional<String> key(NetworkProfile network) {
        return switch (network.id()) {
            case NetworkProfiles.DEVNET_ID -> Optional.of("network.profile.devnet");
            default -> Optional.empty();
        };
    }

    /** The name to show, in the language of {@code messages} when it is one of ours. */
    public static String of(NetworkProfile network, Messages messages) {
        return key(network).map(messages::get).orElse(network.name());
    }
}
