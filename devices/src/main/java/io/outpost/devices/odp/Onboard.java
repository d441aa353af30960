package io.outpost.devices.odp;

import io.outpost.devices.crypto.DeviceAddress;
import io.outpost.crypto.Eip712;
import java.math.BigInteger;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The EIP-712 message by which a device consents to being registered to an owner at a location:
 * {@code Onboard(address device,address owner,uint64 location,uint256 nonce,uint256 deadline)} in the
 * domain of the network's device registry. {@code location} is an H3 cell index; H3 indexes leave the top
 * bit clear, so a non-negative {@code long} holds every one.
 */
public record Onboard(Registry registry, DeviceAddress device, DeviceAddress owner, long location, BigInteger nonce,
        BigInteger deadline) {
    public static final String PRIMARY_TYPE = "Onboard";
    private static final BigInteger UINT256_LIMIT = BigInteger.ONE.shiftLeft(256);

    public Onboard {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(owner, "owner");
        if (location < 0) {
            throw new IllegalArgumentException("location is an H3 index, never negative");
        }
        checkUint256(nonce, "nonce");
        checkUint256(deadline, "deadline");
    }

    /** The EIP-712 domain: the device registry contract of one chain. */
    public record Registry(long chainId, DeviceAddress contract) {
        public static final String NAME = "Outpost DeviceRegistry";
        public static final String VERSION = "1";

        public Registry {
            Objects.requireNonNull(contract, "contract");
            if (chainId < 1 || chainId > Network.MAX_CHAIN_ID) {
                throw new IllegalArgumentException("chain id out of range 1.." + Network.MAX_CHAIN_ID + ": " + chainId);
            }
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The object for {@code sign_typed_data} (as {@code eth_signTypedData_v4} takes it). Message integers
     * are decimal strings, as ODP/1 requires above 2^53; the chain id is a number, as wallets expect.
     */
    public ObjectNode typedData() {
        ObjectNode typedData = OdpJson.object();
        ObjectNode types = typedData.putObject("types");
        fields(types.putArray("EIP712Domain"), "string name", "string version", "uint256 chainId",
                "address verifyingContract");
        fields(types.putArray(PRIMARY_TYPE), "address device", "address owner", "uint64 location", "uint256 nonce",
                "uint256 deadline");
        typedData.put("primaryType", PRIMARY_TYPE);
        typedData.putObject("domain").put("name", Registry.NAME).put("version", Registry.VERSION)
                .put("chainId", registry.chainId()).put("verifyingContract", registry.contract().value());
        typedData.putObject("message").put("device", device.value()).put("owner", owner.value())
                .put("location", Long.toString(location)).put("nonce", nonce.toString())
                .put("deadline", deadline.toString());
        return typedData;
    }

    /** The EIP-712 hash the device signs. */
    public byte[] hash() {
        return Eip712.hash(typedData());
    }

    /** Checks a {@code sign_typed_data} result: its {@code signature} must be this message signed by {@link #device()}. */
    public Verification verify(JsonNode signResult) {
        JsonNode signature = signResult.isObject() ? signResult.get("signature") : null;
        if (signature == null || !signature.isString()) {
            return Verification.MALFORMED;
        }
        return Verification.check(hash(), signature.stringValue(), device);
    }

    private static void fields(ArrayNode array, String... typeAndName) {
        for (String field : typeAndName) {
            String[] parts = field.split(" ");
            array.addObject().put("name", parts[1]).put("type", parts[0]);
        }
    }

    private static void checkUint256(BigInteger value, String name) {
        Objects.requireNonNull(value, name);
        if (value.signum() < 0 || value.compareTo(UINT256_LIMIT) >= 0) {
            throw new IllegalArgumentException(name + " is not a uint256");
        }
    }

    /** Collects the parts of an {@link Onboard}; {@link #build()} checks them. */
    public static final class Builder {
        private Registry registry;
        private DeviceAddress device;
        private DeviceAddress owner;
        private Long location;
        private BigInteger nonce;
        private BigInteger deadline;

        private Builder() {
        }

        public Builder registry(long chainId, DeviceAddress contract) {
            this.registry = new Registry(chainId, contract);
            return this;
        }

        public Builder device(DeviceAddress value) {
            this.device = value;
            return this;
        }

        public Builder owner(DeviceAddress value) {
            this.owner = value;
            return this;
        }

        public Builder location(long h3Cell) {
            this.location = h3Cell;
            return this;
        }

        public Builder nonce(BigInteger value) {
            this.nonce = value;
            return this;
        }

        /** Unix seconds after which the registry refuses the signature. */
        public Builder deadline(BigInteger unixSeconds) {
            this.deadline = unixSeconds;
            return this;
        }

        public Onboard build() {
            return new Onboard(registry, device, owner, Objects.requireNonNull(location, "location"), nonce, deadline);
        }
    }
}
