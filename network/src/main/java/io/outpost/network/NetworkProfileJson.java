package io.outpost.network;

import io.outpost.network.NetworkProfile.ContractAddresses;
import io.outpost.network.NetworkProfile.TokenInfo;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes network profiles as JSON (schema 1). Every problem is an {@link InvalidProfileException}
 * that names the field, so "contracts.staking: must be 0x and 40 hex digits" can be shown as it is.
 *
 * <pre>{"schema":1,"id":"devnet","name":"…","chainId":31337,"rpcUrls":["http://127.0.0.1:8545"],
 *  "contracts":{"deviceRegistry":"0x…","rewardsDistributor":"0x…","staking":"0x…","token":"0x…"},
 *  "oracleUrl":"http://127.0.0.1:8546","token":{"symbol":"OPT","decimals":18},"epochSeconds":3600,
 *  "explorerUrl":null}</pre>
 */
public final class NetworkProfileJson {
    public static final int SCHEMA = 1;
    private final JsonMapper json = JsonMapper.builder().build();

    public NetworkProfile read(String text) {
        JsonNode root;
        try {
            root = json.readTree(text);
        } catch (JacksonException e) {
            throw new InvalidProfileException("(file)", "not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new InvalidProfileException("(file)", "must be a JSON object");
        }
        int schema = root.path("schema").asInt(0);
        if (schema != SCHEMA) {
            throw new InvalidProfileException("schema", "must be " + SCHEMA + ", was " + root.path("schema"));
        }
        try {
            JsonNode contracts = object(root, "contracts");
            JsonNode token = object(root, "token");
            return new NetworkProfile(text(root, "id"), text(root, "name"), number(root, "chainId"),
                    urls(root), new ContractAddresses(text(contracts, "deviceRegistry", "contracts."),
                    text(contracts, "rewardsDistributor", "contracts."), text(contracts, "staking", "contracts."),
                    text(contracts, "token", "contracts.")), url("oracleUrl", text(root, "oracleUrl")),
                    new TokenInfo(text(token, "symbol", "token."), (int) number(token, "decimals", "token.")),
                    number(root, "epochSeconds"), optionalUrl(root, "explorerUrl"));
        } catch (IllegalArgumentException e) {
            if (e instanceof InvalidProfileException) {
                throw e;
            }
            String message = e.getMessage();
            int colon = message.indexOf(':');
            throw new InvalidProfileException(colon > 0 ? message.substring(0, colon) : "(file)",
                    colon > 0 ? message.substring(colon + 1).trim() : message);
        }
    }

    public String write(NetworkProfile profile) {
        ObjectNode root = json.createObjectNode();
        root.put("schema", SCHEMA);
        root.put("id", profile.id());
        root.put("name", profile.name());
        root.put("chainId", profile.chainId());
        profile.rpcUrls().forEach(url -> root.withArray("rpcUrls").add(url.toString()));
        ObjectNode contracts = root.putObject("contracts");
        contracts.put("deviceRegistry", profile.contracts().deviceRegistry());
        contracts.put("rewardsDistributor", profile.contracts().rewardsDistributor());
        contracts.put("staking", profile.contracts().staking());
        contracts.put("token", profile.contracts().token());
        root.put("oracleUrl", profile.oracleUrl().toString());
        root.putObject("token").put("symbol", profile.token().symbol()).put("decimals", profile.token().decimals());
        root.put("epochSeconds", profile.epochSeconds());
        root.put("explorerUrl", profile.explorerUrl().map(URI::toString).orElse(null));
        return json.writeValueAsString(root);
    }

    private static JsonNode object(JsonNode parent, String field) {
        JsonNode node = parent.get(field);
        if (node == null || !node.isObject()) {
            throw new InvalidProfileException(field, "missing, or not an object");
        }
        return node;
    }

    private static String text(JsonNode parent, String field) {
        return text(parent, field, "");
    }

    private static String text(JsonNode parent, String field, String prefix) {
        JsonNode node = parent.get(field);
        if (node == null || !node.isString()) {
            throw new InvalidProfileException(prefix + field, "missing, or not text");
        }
        return node.asString();
    }

    private static long number(JsonNode parent, String field) {
        return number(parent, field, "");
    }

    private static long number(JsonNode parent, String field, String prefix) {
        JsonNode node = parent.get(field);
        if (node == null || !node.isIntegralNumber() || !node.canConvertToLong()) {
            throw new InvalidProfileException(prefix + field, "missing, or not a whole number");
        }
        return node.asLong();
    }

    private static List<URI> urls(JsonNode root) {
        JsonNode node = root.get("rpcUrls");
        if (node == null || !node.isArray()) {
            throw new InvalidProfileException("rpcUrls", "missing, or not a list");
        }
        List<URI> urls = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode entry = node.get(i);
            if (!entry.isString()) {
                throw new InvalidProfileException("rpcUrls[" + i + "]", "not text");
            }
            urls.add(url("rpcUrls[" + i + "]", entry.asString()));
        }
        return urls;
    }

    private static Optional<URI> optionalUrl(JsonNode root, String field) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        return Optional.of(url(field, text(root, field)));
    }

    private static URI url(String field, String text) {
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            throw new InvalidProfileException(field, "not a valid address: " + text);
        }
    }

    /** A profile that cannot be used; {@link #field()} names the JSON field at fault. */
    public static final class InvalidProfileException extends IllegalArgumentException {
        private final String field;

        public InvalidProfileException(String field, String problem) {
            super(field + ": " + problem);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }
}
