package io.outpost.network;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A network a provider can join: the EVM chain it settles on, its contracts, its oracle and its token.
 * {@code id} is stable and stored in settings; {@code name} is what the user sees. Profiles are JSON files
 * ({@link NetworkProfileJson}); whether a profile really matches its chain is checked separately, because
 * that needs the network.
 */
public record NetworkProfile(String id, String name, long chainId, List<URI> rpcUrls, ContractAddresses contracts,
                             URI oracleUrl, TokenInfo token, long epochSeconds, Optional<URI> explorerUrl) {
    public NetworkProfile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(contracts, "contracts");
        Objects.requireNonNull(oracleUrl, "oracleUrl");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(explorerUrl, "explorerUrl");
        if (!id.matches("[a-z][a-z0-9-]{0,39}")) {
            throw new IllegalArgumentException("id: lower-case letters, digits and dashes, at most 40, was " + id);
        }
        if (name.isBlank()) {
            throw new IllegalArgumentException("name: must not be empty");
        }
        if (chainId <= 0) {
            throw new IllegalArgumentException("chainId: must be a positive number, was " + chainId);
        }
        rpcUrls = List.copyOf(rpcUrls);
        if (rpcUrls.isEmpty()) {
            throw new IllegalArgumentException("rpcUrls: at least one RPC address is needed");
        }
        rpcUrls.forEach(url -> requireHttp("rpcUrls", url));
        requireHttp("oracleUrl", oracleUrl);
        explorerUrl.ifPresent(url -> requireHttp("explorerUrl", url));
        if (epochSeconds <= 0) {
            throw new IllegalArgumentException("epochSeconds: must be a positive number, was " + epochSeconds);
        }
    }

    /** The RPC endpoint tried first. */
    public URI rpcUrl() {
        return rpcUrls.getFirst();
    }

    private static void requireHttp(String field, URI url) {
        String scheme = url.getScheme();
        if (!"http".equals(scheme) && !"https".equals(scheme) || url.getHost() == null) {
            throw new IllegalArgumentException(field + ": must be an http(s) address, was " + url);
        }
    }

    /** The addresses of the network's contracts, as 0x + 40 lower-case hex digits. */
    public record ContractAddresses(String deviceRegistry, String rewardsDistributor, String staking, String token) {
        public ContractAddresses {
            deviceRegistry = address("contracts.deviceRegistry", deviceRegistry);
            rewardsDistributor = address("contracts.rewardsDistributor", rewardsDistributor);
            staking = address("contracts.staking", staking);
            token = address("contracts.token", token);
        }

        /** Each address with the name of its profile field, in a stable order. */
        public List<Map.Entry<String, String>> named() {
            return List.of(Map.entry("contracts.deviceRegistry", deviceRegistry),
                    Map.entry("contracts.rewardsDistributor", rewardsDistributor),
                    Map.entry("contracts.staking", staking),
                    Map.entry("contracts.token", token));
        }

        private static String address(String field, String value) {
            if (value == null || !value.matches("0x[0-9a-fA-F]{40}")) {
                throw new IllegalArgumentException(field + ": must be 0x and 40 hex digits, was " + value);
            }
            return value.toLowerCase(Locale.ROOT);
        }
    }

    /** The network's reward token: its ticker and how many decimals one whole token has. */
    public record TokenInfo(String symbol, int decimals) {
        public TokenInfo {
            if (symbol == null || !symbol.matches("[A-Za-z0-9]{1,11}")) {
                throw new IllegalArgumentException("token.symbol: 1 to 11 letters or digits, was " + symbol);
            }
            if (decimals < 0 || decimals > 36) {
                throw new IllegalArgumentException("token.decimals: 0 to 36, was " + decimals);
            }
        }
    }
}
