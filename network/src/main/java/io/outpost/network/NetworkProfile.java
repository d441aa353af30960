package io.outpost.network;

import java.net.URI;
import java.util.Objects;

/**
 * A network a provider can join: which EVM chain it lives on and where to reach it. {@code id} is stable
 * and stored in settings; the display name is the i18n key {@code network.profile.<id>}.
 */
public record NetworkProfile(String id, long chainId, URI rpcUrl) {
    public NetworkProfile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(rpcUrl, "rpcUrl");
        if (!id.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("Network profile id must be lower-case letters, digits and dashes: " + id);
        }
    }
}
