package io.outpost.devnet;

import io.outpost.devices.crypto.DeviceAddress;
import io.outpost.devices.crypto.DeviceKey;
import io.outpost.devices.odp.Onboard;
import io.outpost.devnet.merkle.CumulativeMerkleTree;
import io.outpost.network.NetworkProfile.ContractAddresses;
import java.io.IOException;
import java.math.BigInteger;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.DynamicBytes;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.abi.datatypes.generated.Uint64;
import org.web3j.crypto.Credentials;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.utils.Numeric;

/**
 * The oracle tests' chain: a fresh anvil with the registry, the distributor (BOB is its oracle) and staking
 * deployed by ALICE in the devnet's order; devices registered as DeviceRegistryTest does, with Onboard
 * signatures made by the devices module.
 */
public final class OracleTestNet implements AutoCloseable {
    public static final Credentials ALICE = Chain.ALICE;
    public static final Credentials BOB = Chain.BOB;
    /** Another of anvil's default accounts (index 2), an owner with no other role. */
    public static final Credentials CAROL = Credentials.create("0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a");
    private static final long COOLDOWN = 60;

    private final Chain chain;
    private final String registry;
    private final String distributor;
    private final String staking;
    private final String token;
    private final Map<String, BigInteger> awarded = new HashMap<>();
    private int nextKey = 1;

    private OracleTestNet(Chain chain, String registry, String distributor, String staking, String token) {
        this.chain = chain;
        this.registry = registry;
        this.distributor = distributor;
        this.staking = staking;
        this.token = token;
    }

    public static OracleTestNet start() throws Exception {
        Chain chain = Chain.start();
        try {
            ContractAddresses deployed = chain.deployDevnet(Duration.ofSeconds(COOLDOWN)).contracts();
            return new OracleTestNet(chain, deployed.deviceRegistry(), deployed.rewardsDistributor(), deployed.staking(),
                    deployed.token());
        } catch (IOException | RuntimeException e) {
            chain.close();
            throw e;
        }
    }

    public String rpcUrl() {
        return chain.rpcUrl().toString();
    }

    public String token() {
        return token;
    }

    public String registry() {
        return registry;
    }

    public String distributor() {
        return distributor;
    }

    public String staking() {
        return staking;
    }

    /** A new device key, different from every other this net made. */
    public DeviceKey newDevice() {
        byte[] scalar = new byte[32];
        scalar[0] = 0x17;
        scalar[30] = (byte) (nextKey >> 8);
        scalar[31] = (byte) nextKey++;
        return DeviceKey.fromBytes(scalar);
    }

    /** Registers the device for {@code owner} at {@code location} (an H3 cell), signed by the device's key. */
    public void register(DeviceKey device, Credentials owner, long location) throws Exception {
        BigInteger deadline = chain.latestBlockTime().add(BigInteger.valueOf(600));
        BigInteger nonce = (BigInteger) chain.call(registry, new Function("nonces",
                List.of(new Address(device.address().value())), List.of(new TypeReference<Uint256>() { })))
                .getFirst().getValue();
        Onboard onboard = Onboard.builder().registry(AnvilNode.CHAIN_ID, DeviceAddress.parse(registry).orElseThrow())
                .device(device.address()).owner(DeviceAddress.parse(owner.getAddress()).orElseThrow())
                .location(location).nonce(nonce).deadline(deadline).build();
        Function register = new Function("register", List.of(new Address(device.address().value()),
                new Address(owner.getAddress()), new Uint64(location), new Uint256(deadline),
                new DynamicBytes(device.sign(onboard.hash()))), List.of());
        require(chain.send(owner, registry, register), "register");
    }

    public void transfer(DeviceKey device, Credentials from, Credentials to) throws Exception {
        require(chain.send(from, registry, new Function("transfer", List.of(new Address(device.address().value()),
                new Address(to.getAddress())), List.of())), "transfer");
    }

    /** Claims with a proof as the oracle serves it; whether the claim went through. */
    public boolean claim(String account, BigInteger cumulative, List<String> proof) throws Exception {
        List<Bytes32> path = proof.stream().map(hex -> new Bytes32(Numeric.hexStringToByteArray(hex))).toList();
        return chain.send(ALICE, distributor, new Function("claim", List.of(new Address(account), new Uint256(cumulative),
                new DynamicArray<>(Bytes32.class, path)), List.of())).isStatusOK();
    }

    /**
     * Mints {@code amount} to {@code account} the way the network does: BOB posts the next epoch's root with
     * everything awarded so far, and the account's new cumulative amount is claimed.
     */
    public void award(String account, BigInteger amount) throws Exception {
        String key = account.toLowerCase(Locale.ROOT);
        awarded.merge(key, amount, BigInteger::add);
        CumulativeMerkleTree tree = new CumulativeMerkleTree(awarded);
        BigInteger total = awarded.values().stream().reduce(BigInteger.ZERO, BigInteger::add);
        require(chain.send(BOB, distributor, new Function("postRoot", List.of(new Uint256(postedEpoch().add(BigInteger.ONE)),
                new Bytes32(tree.root()), new Uint256(total)), List.of())), "postRoot");
        List<String> proof = tree.proof(key).stream().map(Numeric::toHexString).toList();
        if (!claim(key, awarded.get(key), proof)) {
            throw new IllegalStateException("claim of the award failed");
        }
    }

    public BigInteger latestBlockTime() throws Exception {
        return chain.latestBlockTime();
    }

    /** Off: transactions wait in the pool, as on a busy network, until one is mined or replaced. */
    public void automine(boolean on) throws Exception {
        chain.automine(on);
    }

    public void mine() throws Exception {
        chain.mine();
    }

    /** Moves the chain's clock forward by {@code seconds} and mines a block. */
    public void advanceTime(long seconds) throws Exception {
        chain.advanceTime(seconds);
    }

    public void stake(Credentials owner, BigInteger amount) throws Exception {
        require(chain.send(owner, token, new Function("approve", List.of(new Address(staking), new Uint256(amount)),
                List.of())), "approve");
        require(chain.send(owner, staking, new Function("stake", List.of(new Uint256(amount)), List.of())), "stake");
    }

    public BigInteger etherBalance(String account) throws Exception {
        return chain.etherBalance(account);
    }

    public BigInteger balance(String account) throws Exception {
        return uint(token, "balanceOf", account);
    }

    public BigInteger postedEpoch() throws Exception {
        return (BigInteger) chain.call(distributor, new Function("currentEpoch", List.of(),
                List.of(new TypeReference<Uint256>() { }))).getFirst().getValue();
    }

    public String merkleRoot() throws Exception {
        return Numeric.toHexString(((Bytes32) chain.call(distributor, new Function("merkleRoot", List.of(),
                List.of(new TypeReference<Bytes32>() { }))).getFirst()).getValue());
    }

    /** The device's owner in the registry, in lowercase; the zero address when it is not registered. */
    public String ownerOf(String device) throws Exception {
        return ((Address) chain.call(registry, new Function("devices", List.of(new Address(device)),
                List.of(new TypeReference<Address>() { }, new TypeReference<Uint64>() { }))).getFirst()).getValue();
    }

    public BigInteger nonce(Credentials account) throws Exception {
        return chain.nonce(account.getAddress());
    }

    private BigInteger uint(String contract, String function, String account) throws Exception {
        return (BigInteger) chain.call(contract, new Function(function, List.of(new Address(account)),
                List.of(new TypeReference<Uint256>() { }))).getFirst().getValue();
    }

    private static void require(TransactionReceipt receipt, String what) {
        if (!receipt.isStatusOK()) {
            throw new IllegalStateException(what + " failed: " + receipt.getRevertReason());
        }
    }

    @Override
    public void close() {
        chain.close();
    }
}
