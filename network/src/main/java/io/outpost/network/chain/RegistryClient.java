package io.outpost.network.chain;

import io.outpost.network.abi.ContractAbi;
import io.outpost.network.abi.Hex;
import io.outpost.network.http.Http;
import io.outpost.network.rpc.Eth;
import io.outpost.network.rpc.JsonRpcClient;
import io.outpost.network.rpc.RpcException;
import io.outpost.network.rpc.RpcRequest;
import io.outpost.crypto.Keccak256;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import tools.jackson.databind.JsonNode;

/** Reads the DeviceRegistry: who owns a device and where it is, an owner's devices, and a whole fleet at once. */
public final class RegistryClient {
    private static final String DEVICE_REGISTERED = io.outpost.crypto.Hex.encode(
            Keccak256.hash("DeviceRegistered(address,address,uint64)".getBytes(StandardCharsets.US_ASCII)));

    private final JsonRpcClient rpc;
    private final Contract registry;

    public RegistryClient(JsonRpcClient rpc, String address) {
        this.rpc = rpc;
        this.registry = new Contract(rpc, address, ContractAbi.load("DeviceRegistry"));
    }

    /** A registered device: its owner and its location (an H3 cell index). */
    public record Device(String owner, long location) {
    }

    /**
     * A fleet's registry entries as of {@code blockNumber}, in the order asked: empty for an address that is
     * not registered. Devices whose call failed are in {@code failed} instead.
     */
    public record FleetStatus(long blockNumber, Map<String, Optional<Device>> devices, Map<String, RpcException> failed) {
        public FleetStatus {
            devices = Collections.unmodifiableMap(new LinkedHashMap<>(devices));
            failed = Map.copyOf(failed);
        }
    }

    /** The device's entry, or empty when it is not registered. */
    public CompletableFuture<Optional<Device>> device(String device) {
        return registry.call("devices", RegistryClient::device, Hex.address(device));
    }

    /** The nonce the device's next Onboard signature must carry. */
    public CompletableFuture<BigInteger> nonce(String device) {
        return registry.call("nonces", values -> (BigInteger) values.getFirst(), Hex.address(device));
    }

    @SuppressWarnings("unchecked")
    public CompletableFuture<List<String>> devicesOf(String owner) {
        return registry.call("devicesOf", values -> List.copyOf((List<String>) values.getFirst()), Hex.address(owner));
    }

    /**
     * Every device's entry in as few round trips as the node allows: one JSON-RPC batch holding the block
     * number and a {@code devices(address)} call per device, split only above the client's batch size.
     */
    public CompletableFuture<FleetStatus> fleetStatus(List<String> devices) {
        List<String> unique = new ArrayList<>(new LinkedHashSet<>(devices.stream().map(Hex::address).toList()));
        List<RpcRequest> requests = new ArrayList<>(unique.size() + 1);
        requests.add(Eth.blockNumber());
        unique.forEach(device -> requests.add(registry.request("devices", device)));
        List<CompletableFuture<JsonNode>> answers = rpc.batch(requests);
        List<CompletableFuture<Optional<Device>>> entries = new ArrayList<>(unique.size());
        for (int i = 0; i < unique.size(); i++) {
            entries.add(registry.read("devices", answers.get(i + 1), RegistryClient::device));
        }
        CompletableFuture<?>[] all = entries.toArray(CompletableFuture[]::new);
        return answers.getFirst().thenCombine(CompletableFuture.allOf(all).handle((ignored, error) -> null),
                (block, ignored) -> fleet(Eth.quantity(block).longValueExact(), unique, entries));
    }

    /** Simulates {@code register} as {@code owner} would send it: its gas, or the contract's reason to refuse. */
    public CompletableFuture<BigInteger> registerGas(String device, String owner, long location, BigInteger deadline,
                                                     byte[] deviceSignature) {
        return registry.estimateGas(Hex.address(owner), "register", Hex.address(device), Hex.address(owner), location,
                deadline, deviceSignature);
    }

    /** Whether the mined transaction {@code hash} emitted {@code DeviceRegistered(device, owner)} from this registry. */
    public CompletableFuture<Boolean> emittedRegistration(String hash, String device, String owner) {
        List<String> expected = List.of(DEVICE_REGISTERED, topicOf(device), topicOf(owner));
        return rpc.call(Eth.transactionReceipt(hash)).thenApply(receipt -> {
            for (JsonNode log : receipt.path("logs")) {
                List<String> topics = new ArrayList<>();
                log.path("topics").forEach(topic -> topics.add(topic.asString().toLowerCase(Locale.ROOT)));
                if (log.path("address").asString().equalsIgnoreCase(registry.address()) && topics.size() >= 3
                        && topics.subList(0, 3).equals(expected)) {
                    return true;
                }
            }
            return false;
        });
    }

    // An indexed address is its topic left-padded to 32 bytes.
    private static String topicOf(String address) {
        return "0x" + "0".repeat(24) + Hex.address(address).substring(2);
    }

    /** Call data of {@code register}, for the owner's wallet to sign and send. */
    public byte[] registerCallData(String device, String owner, long location, BigInteger deadline, byte[] deviceSignature) {
        return registry.callData("register", Hex.address(device), Hex.address(owner), location, deadline, deviceSignature);
    }

    private static FleetStatus fleet(long block, List<String> devices, List<CompletableFuture<Optional<Device>>> entries) {
        Map<String, Optional<Device>> found = new LinkedHashMap<>();
        Map<String, RpcException> failed = new LinkedHashMap<>();
        for (int i = 0; i < devices.size(); i++) {
            CompletableFuture<Optional<Device>> entry = entries.get(i);
            if (entry.isCompletedExceptionally()) {
                failed.put(devices.get(i), failure(entry));
            } else {
                found.put(devices.get(i), entry.join());
            }
        }
        return new FleetStatus(block, found, failed);
    }

    private static RpcException failure(CompletableFuture<?> entry) {
        Throwable error = Http.unwrap(entry.exceptionNow());
        return error instanceof RpcException rpc ? rpc : new RpcException.BadResponse(error.toString(), error);
    }

    private static Optional<Device> device(List<Object> values) {
        String owner = (String) values.get(0);
        if (owner.equals("0x0000000000000000000000000000000000000000")) {
            return Optional.empty();
        }
        return Optional.of(new Device(owner, ((BigInteger) values.get(1)).longValue()));
    }
}
