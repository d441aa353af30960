package io.outpost.devnet;

import static org.assertj.core.api.Assertions.assertThat;

import io.outpost.network.contracts.ContractArtifact;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.protocol.core.methods.response.TransactionReceipt;

/** Staking on a real anvil: stake, request, a cooldown that holds until it has passed, then withdraw. */
@Timeout(180)
class StakingTest {
    private static final long COOLDOWN = 3_600;

    private static Chain chain;
    private static String token;
    private static String staking;

    @BeforeAll
    static void deploy() throws Exception {
        chain = Chain.start();
        token = chain.deploy(Chain.ALICE, ContractArtifact.load("OutpostToken").bytecode(),
                FunctionEncoder.encodeConstructor(List.of(new Address(Chain.ALICE.getAddress()))));
        staking = chain.deploy(Chain.ALICE, ContractArtifact.load("Staking").bytecode(),
                FunctionEncoder.encodeConstructor(List.of(new Address(token), new Uint256(COOLDOWN))));
        chain.send(Chain.ALICE, token, new Function("mint", List.of(new Address(Chain.BOB.getAddress()), new Uint256(1_000)), List.of()));
        chain.send(Chain.BOB, token, new Function("approve", List.of(new Address(staking), new Uint256(1_000)), List.of()));
    }

    @AfterAll
    static void stop() {
        chain.close();
    }

    private static TransactionReceipt bob(String function, Uint256... args) throws Exception {
        return chain.send(Chain.BOB, staking, new Function(function, List.of(args), List.of()));
    }

    private static BigInteger read(String contract, String function) throws Exception {
        return (BigInteger) chain.call(contract, new Function(function, List.of(new Address(Chain.BOB.getAddress())),
                List.of(new TypeReference<Uint256>() { }))).getFirst().getValue();
    }

    @Test
    void unstakingWaitsOutTheCooldown() throws Exception {
        TransactionReceipt staked = bob("stake", new Uint256(600));
        assertThat(staked.isStatusOK()).isTrue();
        GasReport.record("Staking.stake", staked.getGasUsed().longValue());
        assertThat(read(staking, "stakeOf")).isEqualTo(BigInteger.valueOf(600));
        assertThat(bob("requestUnstake", new Uint256(601)).isStatusOK()).as("more than staked").isFalse();
        assertThat(bob("stake", new Uint256(0)).isStatusOK()).as("nothing").isFalse();

        assertThat(bob("requestUnstake", new Uint256(200)).isStatusOK()).isTrue();
        assertThat(read(staking, "stakeOf")).isEqualTo(BigInteger.valueOf(400));
        assertThat(bob("withdraw").isStatusOK()).as("withdraw before the cooldown").isFalse();

        chain.advanceTime(COOLDOWN + 1);
        assertThat(bob("withdraw").isStatusOK()).isTrue();
        assertThat(read(token, "balanceOf")).isEqualTo(BigInteger.valueOf(600));
        assertThat(bob("withdraw").isStatusOK()).as("nothing left to withdraw").isFalse();
    }
}
