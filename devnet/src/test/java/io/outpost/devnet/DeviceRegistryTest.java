package io.outpost.devnet;

import static org.assertj.core.api.Assertions.assertThat;

import io.outpost.devices.crypto.DeviceAddress;
import io.outpost.devices.crypto.DeviceKey;
import io.outpost.devices.odp.Onboard;
import io.outpost.network.contracts.ContractArtifact;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.DynamicBytes;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.abi.datatypes.generated.Uint64;
import org.web3j.crypto.Credentials;
import org.web3j.protocol.core.methods.response.TransactionReceipt;

/**
 * The device registry on a real anvil, with Onboard signatures made by the devices module's own ODP code
 * (what a device answers to sign_typed_data): the happy path and every way registration must fail.
 */
@Timeout(180)
class DeviceRegistryTest {
    private static final long LOCATION = 0x8c1fb46622dffffL;

    private static Chain chain;
    private static String registry;
    private static int nextKey = 1;

    @BeforeAll
    static void deploy() throws Exception {
        chain = Chain.start();
        registry = chain.deploy(Chain.ALICE, ContractArtifact.load("DeviceRegistry").bytecode(), "");
    }

    @AfterAll
    static void stop() {
        chain.close();
    }

    private static DeviceKey newDevice() {
        byte[] scalar = new byte[32];
        scalar[31] = (byte) nextKey++;
        scalar[0] = 0x42;
        return DeviceKey.fromBytes(scalar);
    }

    private static DeviceAddress address(Credentials account) {
        return DeviceAddress.parse(account.getAddress()).orElseThrow();
    }

    private static BigInteger deadline(long secondsFromNow) throws Exception {
        return chain.latestBlockTime().add(BigInteger.valueOf(secondsFromNow));
    }

    private static byte[] onboardSignature(DeviceKey signer, DeviceAddress device, Credentials owner, BigInteger nonce,
                                           BigInteger deadline) {
        Onboard onboard = Onboard.builder().registry(AnvilNode.CHAIN_ID, DeviceAddress.parse(registry).orElseThrow())
                .device(device).owner(address(owner)).location(LOCATION).nonce(nonce).deadline(deadline).build();
        return signer.sign(onboard.hash());
    }

    private static Function register(DeviceAddress device, Credentials owner, BigInteger deadline, byte[] signature) {
        return new Function("register", List.of(new Address(device.value()), new Address(owner.getAddress()),
                new Uint64(LOCATION), new Uint256(deadline), new DynamicBytes(signature)), List.of());
    }

    private static boolean registers(Credentials sender, DeviceAddress device, Credentials owner, BigInteger deadline,
                                     byte[] signature) throws Exception {
        return chain.send(sender, registry, register(device, owner, deadline, signature)).isStatusOK();
    }

    private static BigInteger nonce(DeviceAddress device) throws Exception {
        return (BigInteger) chain.call(registry, new Function("nonces", List.of(new Address(device.value())),
                List.of(new TypeReference<Uint256>() { }))).getFirst().getValue();
    }

    @SuppressWarnings("unchecked")
    private static List<Address> devicesOf(Credentials owner) throws Exception {
        return ((DynamicArray<Address>) chain.call(registry, new Function("devicesOf", List.of(new Address(owner.getAddress())),
                List.of(new TypeReference<DynamicArray<Address>>() { }))).getFirst()).getValue();
    }

    @Test
    void aDeviceSignedOnboardRegistersItOnceForItsOwner() throws Exception {
        DeviceKey key = newDevice();
        DeviceAddress device = key.address();
        BigInteger deadline = deadline(600);
        byte[] signature = onboardSignature(key, device, Chain.ALICE, BigInteger.ZERO, deadline);

        TransactionReceipt registered = chain.send(Chain.ALICE, registry, register(device, Chain.ALICE, deadline, signature));
        assertThat(registered.isStatusOK()).isTrue();
        GasReport.record("DeviceRegistry.register", registered.getGasUsed().longValue());
        assertThat(nonce(device)).isEqualTo(BigInteger.ONE);
        assertThat(devicesOf(Chain.ALICE)).extracting(Address::getValue).contains(device.value());

        assertThat(registers(Chain.ALICE, device, Chain.ALICE, deadline, signature)).as("double register").isFalse();
    }

    @Test
    void aSignatureByAnotherKeyIsRefused() throws Exception {
        DeviceKey key = newDevice();
        BigInteger deadline = deadline(600);
        byte[] forged = onboardSignature(newDevice(), key.address(), Chain.ALICE, BigInteger.ZERO, deadline);
        assertThat(registers(Chain.ALICE, key.address(), Chain.ALICE, deadline, forged)).isFalse();
    }

    @Test
    void aSignatureForAnotherOwnerIsRefused() throws Exception {
        DeviceKey key = newDevice();
        BigInteger deadline = deadline(600);
        byte[] forAlice = onboardSignature(key, key.address(), Chain.ALICE, BigInteger.ZERO, deadline);
        assertThat(registers(Chain.BOB, key.address(), Chain.BOB, deadline, forAlice)).isFalse();
        assertThat(registers(Chain.BOB, key.address(), Chain.ALICE, deadline, forAlice)).as("sent by someone else").isFalse();
        assertThat(registers(Chain.ALICE, key.address(), Chain.ALICE, deadline, forAlice)).as("the right owner still can").isTrue();
    }

    @Test
    void anExpiredDeadlineIsRefused() throws Exception {
        DeviceKey key = newDevice();
        BigInteger past = deadline(-1);
        byte[] signature = onboardSignature(key, key.address(), Chain.ALICE, BigInteger.ZERO, past);
        assertThat(registers(Chain.ALICE, key.address(), Chain.ALICE, past, signature)).isFalse();
    }

    @Test
    void aSignatureCannotBeReplayedAfterDeregistering() throws Exception {
        DeviceKey key = newDevice();
        BigInteger deadline = deadline(600);
        byte[] first = onboardSignature(key, key.address(), Chain.ALICE, BigInteger.ZERO, deadline);
        assertThat(registers(Chain.ALICE, key.address(), Chain.ALICE, deadline, first)).isTrue();
        assertThat(chain.send(Chain.ALICE, registry, new Function("deregister", List.of(new Address(key.address().value())),
                List.of())).isStatusOK()).isTrue();

        assertThat(registers(Chain.ALICE, key.address(), Chain.ALICE, deadline, first)).as("replayed nonce").isFalse();
        byte[] next = onboardSignature(key, key.address(), Chain.ALICE, BigInteger.ONE, deadline);
        assertThat(registers(Chain.ALICE, key.address(), Chain.ALICE, deadline, next)).as("the next nonce").isTrue();
    }

    @Test
    void onlyTheOwnerMovesTransfersOrRemovesADevice() throws Exception {
        DeviceKey key = newDevice();
        BigInteger deadline = deadline(600);
        assertThat(registers(Chain.ALICE, key.address(), Chain.ALICE, deadline,
                onboardSignature(key, key.address(), Chain.ALICE, BigInteger.ZERO, deadline))).isTrue();
        Address device = new Address(key.address().value());
        Function move = new Function("updateLocation", List.of(device, new Uint64(LOCATION + 1)), List.of());
        Function giveToBob = new Function("transfer", List.of(device, new Address(Chain.BOB.getAddress())), List.of());

        assertThat(chain.send(Chain.BOB, registry, move).isStatusOK()).isFalse();
        assertThat(chain.send(Chain.BOB, registry, giveToBob).isStatusOK()).isFalse();
        assertThat(chain.send(Chain.ALICE, registry, move).isStatusOK()).isTrue();
        assertThat(chain.send(Chain.ALICE, registry, giveToBob).isStatusOK()).isTrue();

        assertThat(devicesOf(Chain.BOB)).extracting(Address::getValue).contains(key.address().value());
        assertThat(devicesOf(Chain.ALICE)).extracting(Address::getValue).doesNotContain(key.address().value());
    }
}
