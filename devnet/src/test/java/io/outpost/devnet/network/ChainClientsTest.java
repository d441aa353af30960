package io.outpost.devnet.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.outpost.devnet.Chain;
import io.outpost.devnet.merkle.CumulativeMerkleTree;
import io.outpost.network.NetworkProfile.ContractAddresses;
import io.outpost.network.abi.ContractAbi;
import io.outpost.network.chain.Contract;
import io.outpost.network.chain.RegistryClient;
import io.outpost.network.chain.RewardsClient;
import io.outpost.network.chain.StakingClient;
import io.outpost.network.chain.TokenClient;
import io.outpost.network.http.Delayer;
import io.outpost.network.rpc.Eth;
import io.outpost.network.rpc.JsonRpcClient;
import io.outpost.network.rpc.ReceiptPoller;
import io.outpost.network.rpc.RpcException;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Uint256;

/**
 * The typed clients against the real contracts on anvil: reads, call data built by the network module,
 * signed by web3j (for the wallet), sent with eth_sendRawTransaction and tracked by the receipt poller.
 */
@Timeout(180)
class ChainClientsTest {
    private static final String ALICE = Chain.ALICE.getAddress();
    private static final String CAROL = "0x90f79bf6eb2c4f870365e785982e1f101e93b906";

    private static DevnetFixture devnet;
    private static ContractAddresses contracts;
    private static JsonRpcClient rpc;

    @BeforeAll
    static void start() throws Exception {
        devnet = DevnetFixture.start();
        contracts = devnet.profile().contracts();
        rpc = devnet.rpc();
    }

    @AfterAll
    static void stop() {
        devnet.close();
    }

    @Test
    void registryReadsWhatRegistrationWrote() throws Exception {
        RegistryClient registry = new RegistryClient(rpc, contracts.deviceRegistry());
        List<String> devices = devnet.registerDevices(2, Chain.ALICE);

        assertThat(registry.device(devices.get(1)).get()).hasValue(new RegistryClient.Device(ALICE, DevnetFixture.location(1)));
        assertThat(registry.nonce(devices.getFirst()).get()).isEqualTo(BigInteger.ONE);
        assertThat(registry.devicesOf(ALICE).get()).containsAll(devices);
        assertThat(registry.device(CAROL).get()).isEmpty();
        assertThat(registry.nonce(CAROL).get()).isZero();
        assertThat(registry.devicesOf(CAROL).get()).isEmpty();
    }

    @Test
    void aRevertingCallIsDecodedIntoItsCustomError() {
        Contract registry = new Contract(rpc, contracts.deviceRegistry(), ContractAbi.load("DeviceRegistry"));
        assertThatThrownBy(() -> registry.call("updateLocation", values -> values, CAROL, 5L).get())
                .isInstanceOf(ExecutionException.class).cause().isInstanceOfSatisfying(RpcException.Reverted.class, reverted -> {
                    assertThat(reverted.errorName()).isEqualTo("NotRegistered");
                    assertThat(reverted.arguments()).containsExactly(CAROL);
                });
    }

    @Test
    void rewardsAreClaimedWithCallDataFromTheClientAndStakedWithACooldown() throws Exception {
        RewardsClient rewards = new RewardsClient(rpc, contracts.rewardsDistributor());
        TokenClient token = new TokenClient(rpc, contracts.token());
        StakingClient staking = new StakingClient(rpc, contracts.staking());
        Map<String, BigInteger> amounts = new LinkedHashMap<>();
        amounts.put(ALICE, BigInteger.valueOf(1000));
        amounts.put(CAROL, BigInteger.valueOf(100));
        CumulativeMerkleTree tree = new CumulativeMerkleTree(amounts);
        assertThat(devnet.chain().send(Chain.BOB, contracts.rewardsDistributor(), new Function("postRoot",
                List.of(new Uint256(1), new Bytes32(tree.root()), new Uint256(1100)), List.of())).isStatusOK()).isTrue();

        assertThat(rewards.currentEpoch().get()).isEqualTo(1);
        assertThat(rewards.merkleRoot().get()).isEqualTo(tree.root());
        assertThat(rewards.claimed(CAROL).get()).isZero();
        assertThat(devnet.transact(Chain.BOB, contracts.rewardsDistributor(),
                rewards.claimCallData(CAROL, BigInteger.valueOf(100), tree.proof(CAROL))).success()).isTrue();
        assertThat(devnet.transact(Chain.ALICE, contracts.rewardsDistributor(),
                rewards.claimCallData(ALICE, BigInteger.valueOf(1000), tree.proof(ALICE))).success()).isTrue();
        assertThat(rewards.claimed(CAROL).get()).isEqualTo(100);
        assertThat(token.balanceOf(CAROL).get()).isEqualTo(100);
        assertThat(token.symbol().get()).isEqualTo("OPT");
        assertThat(token.decimals().get()).isEqualTo(18);

        assertThat(devnet.transact(Chain.ALICE, contracts.token(), token.approveCallData(contracts.staking(), BigInteger.valueOf(600))).success()).isTrue();
        assertThat(devnet.transact(Chain.ALICE, contracts.staking(), staking.stakeCallData(BigInteger.valueOf(600))).success()).isTrue();
        assertThat(devnet.transact(Chain.ALICE, contracts.staking(), staking.requestUnstakeCallData(BigInteger.valueOf(200))).success()).isTrue();
        assertThat(staking.stakeOf(ALICE).get()).isEqualTo(400);
        StakingClient.PendingUnstake pending = staking.pending(ALICE).get();
        assertThat(pending.amount()).isEqualTo(200);
        assertThat(pending.availableAt()).isEqualTo(Instant.ofEpochSecond(devnet.chain().latestBlockTime().longValueExact()
                + DevnetFixture.COOLDOWN_SECONDS));

        assertThat(devnet.transact(Chain.ALICE, contracts.staking(), staking.withdrawCallData()).success()).as("cooling down").isFalse();
        devnet.chain().advanceTime(DevnetFixture.COOLDOWN_SECONDS);
        assertThat(devnet.transact(Chain.ALICE, contracts.staking(), staking.withdrawCallData()).success()).isTrue();
        assertThat(token.balanceOf(ALICE).get()).isEqualTo(600);
        assertThat(staking.pending(ALICE).get()).isEqualTo(new StakingClient.PendingUnstake(BigInteger.ZERO, Instant.EPOCH));
    }

    @Test
    void aTransactionReplacedInThePoolIsReportedReplacedNotWaitedForForever() throws Exception {
        rpc.call("evm_setAutomine", false).get();
        try {
            BigInteger nonce = Eth.quantity(rpc.call("eth_getTransactionCount", ALICE, "pending").get());
            BigInteger gasPrice = Eth.quantity(rpc.call("eth_gasPrice").get());
            TokenClient token = new TokenClient(rpc, contracts.token());
            byte[] first = devnet.sign(Chain.ALICE, contracts.token(), token.approveCallData(CAROL, BigInteger.ONE), nonce, gasPrice);
            byte[] second = devnet.sign(Chain.ALICE, contracts.token(), token.approveCallData(CAROL, BigInteger.TWO), nonce,
                    gasPrice.multiply(BigInteger.TWO));
            String replaced = rpc.sendRawTransaction(first).get();
            String replacement = rpc.sendRawTransaction(second).get();
            rpc.call("evm_mine").get();

            ReceiptPoller poller = new ReceiptPoller(rpc, Delayer.real(), Duration.ofMillis(20));
            assertThat(poller.track(replaced, ALICE, nonce.longValueExact()).get())
                    .isEqualTo(new ReceiptPoller.Outcome.Replaced(replaced, nonce.longValueExact()));
            assertThat(poller.track(replacement, ALICE, nonce.longValueExact()).get())
                    .isInstanceOfSatisfying(ReceiptPoller.Outcome.Mined.class, mined -> assertThat(mined.receipt().success()).isTrue());
        } finally {
            rpc.call("evm_setAutomine", true).get();
        }
    }
}
