package io.outpost.devnet.network;

import io.outpost.devices.crypto.DeviceAddress;
import io.outpost.devices.crypto.DeviceKey;
import io.outpost.devices.odp.Onboard;
import io.outpost.devnet.AnvilNode;
import io.outpost.devnet.Chain;
import io.outpost.network.NetworkProfile;
import io.outpost.network.NetworkProfiles;
import io.outpost.network.chain.RegistryClient;
import io.outpost.network.http.Delayer;
import io.outpost.network.http.Http;
import io.outpost.network.rpc.Eth;
import io.outpost.network.rpc.JsonRpcClient;
import io.outpost.network.rpc.Receipt;
import io.outpost.network.rpc.ReceiptPoller;
import io.outpost.network.rpc.RpcOptions;
import java.math.BigInteger;
import java.time.Duration;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.RawTransaction;
import org.web3j.crypto.TransactionEncoder;
import org.web3j.utils.Numeric;

/**
 * A fresh anvil with Outpost's contracts deployed as the devnet deploys them (account 0: registry, rewards
 * distributor with BOB as the oracle, staking), so they sit at the built-in devnet profile's addresses.
 * Transactions are signed with web3j, standing in for the wallet, and sent through the network module.
 */
public final class DevnetFixture implements AutoCloseable {
    public static final long COOLDOWN_SECONDS = 3600;
    private static final BigInteger GAS = BigInteger.valueOf(500_000);
    private static final long LOCATION = 0x8c1fb46622dffffL;

    private final Chain chain;
    private final NetworkProfile profile;
    private final HttpClient http = Http.newClient(Duration.ofSeconds(5));
    private final JsonRpcClient rpc;
    private int nextDeviceKey = 1;

    private DevnetFixture(Chain chain, NetworkProfile profile) {
        this.chain = chain;
        this.profile = profile;
        this.rpc = rpc(chain.rpcUrl());
    }

    public static DevnetFixture start() throws Exception {
        Chain chain = Chain.start();
        try {
            chain.deployDevnet(Duration.ofSeconds(COOLDOWN_SECONDS));
            NetworkProfile devnet = NetworkProfiles.builtIn().byIdOrDefault(NetworkProfiles.DEVNET_ID);
            return new DevnetFixture(chain, new NetworkProfile(devnet.id(), devnet.name(), devnet.chainId(),
                    List.of(chain.rpcUrl()), devnet.contracts(), devnet.oracleUrl(), devnet.token(),
                    devnet.epochSeconds(), devnet.explorerUrl()));
        } catch (Exception | Error e) {
            chain.close();
            throw e;
        }
    }

    public Chain chain() {
        return chain;
    }

    /** The built-in devnet profile, pointed at this anvil. */
    public NetworkProfile profile() {
        return profile;
    }

    /** A client of the node at {@code url} (anvil itself, or a proxy in front of it) with the default options. */
    public JsonRpcClient rpc(URI url) {
        return rpc(url, RpcOptions.defaults());
    }

    public JsonRpcClient rpc(URI url, RpcOptions options) {
        return new JsonRpcClient(http, List.of(url), options, Delayer.real(), Clock.systemUTC());
    }

    /** The direct client of anvil. */
    public JsonRpcClient rpc() {
        return rpc;
    }

    /** A legacy EIP-155 transaction signed by {@code from}, as the wallet will hand it to the network module. */
    public byte[] sign(Credentials from, String to, byte[] data, BigInteger nonce, BigInteger gasPrice) {
        RawTransaction transaction = RawTransaction.createTransaction(nonce, gasPrice, GAS, to, BigInteger.ZERO,
                Numeric.toHexString(data));
        return TransactionEncoder.signMessage(transaction, AnvilNode.CHAIN_ID, from);
    }

    /** Signs, sends with {@code eth_sendRawTransaction} and waits for the receipt, all through the network module. */
    public Receipt transact(Credentials from, String to, byte[] data) throws Exception {
        BigInteger nonce = Eth.quantity(rpc.call("eth_getTransactionCount", from.getAddress(), "pending").get());
        BigInteger gasPrice = Eth.quantity(rpc.call("eth_gasPrice").get());
        String hash = rpc.sendRawTransaction(sign(from, to, data, nonce, gasPrice)).get();
        ReceiptPoller.Outcome outcome = new ReceiptPoller(rpc, Delayer.real(), Duration.ofMillis(20))
                .track(hash, from.getAddress(), nonce.longValueExact()).get();
        return ((ReceiptPoller.Outcome.Mined) outcome).receipt();
    }

    /** Registers {@code count} new devices to {@code owner}, each with its own Onboard signature; their addresses. */
    public List<String> registerDevices(int count, Credentials owner) throws Exception {
        RegistryClient registry = new RegistryClient(rpc, profile.contracts().deviceRegistry());
        DeviceAddress registryAddress = DeviceAddress.parse(profile.contracts().deviceRegistry()).orElseThrow();
        DeviceAddress ownerAddress = DeviceAddress.parse(owner.getAddress()).orElseThrow();
        BigInteger deadline = chain.latestBlockTime().add(BigInteger.valueOf(3600));
        List<String> devices = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            DeviceKey key = newDeviceKey();
            Onboard onboard = Onboard.builder().registry(AnvilNode.CHAIN_ID, registryAddress).device(key.address())
                    .owner(ownerAddress).location(LOCATION + i).nonce(BigInteger.ZERO).deadline(deadline).build();
            byte[] call = registry.registerCallData(key.address().value(), ownerAddress.value(), LOCATION + i, deadline,
                    key.sign(onboard.hash()));
            if (!transact(owner, profile.contracts().deviceRegistry(), call).success()) {
                throw new IllegalStateException("registering " + key.address() + " failed");
            }
            devices.add(key.address().value());
        }
        return devices;
    }

    /** The location {@link #registerDevices} gives the i-th device of a call. */
    public static long location(int index) {
        return LOCATION + index;
    }

    /** {@code total} addresses: the registered devices spread among random ones, which are not registered. */
    public static List<String> fleet(List<String> registered, int total) {
        Random random = new Random(42);
        List<String> fleet = new ArrayList<>();
        for (int i = 0; i < total - registered.size(); i++) {
            byte[] address = new byte[20];
            random.nextBytes(address);
            fleet.add("0x" + HexFormat.of().formatHex(address));
        }
        for (int i = 0; i < registered.size(); i++) {
            fleet.add(i * (total / registered.size()), registered.get(i));
        }
        return fleet;
    }

    private DeviceKey newDeviceKey() {
        byte[] scalar = new byte[32];
        scalar[0] = 0x24;
        scalar[30] = (byte) (nextDeviceKey >> 8);
        scalar[31] = (byte) nextDeviceKey++;
        return DeviceKey.fromBytes(scalar);
    }

    @Override
    public void close() {
        http.close();
        chain.close();
    }
}
