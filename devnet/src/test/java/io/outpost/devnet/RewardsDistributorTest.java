package io.outpost.devnet;

import static org.assertj.core.api.Assertions.assertThat;

import io.outpost.devnet.merkle.CumulativeMerkleTree;
import io.outpost.network.contracts.ContractArtifact;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.protocol.core.methods.response.TransactionReceipt;

/** Cumulative Merkle claims on a real anvil: one claim covers every epoch so far; bad proofs and repeats fail. */
@Timeout(180)
class RewardsDistributorTest {
    private static final String CAROL = "0x90f79bf6eb2c4f870365e785982e1f101e93b906";
    private static final String DAVE = "0x15d34aaf54267db7d7c367839aaf71a00a2c6a65";
    private static final String ERIN = "0x9965507d1a55bcc2695c58ba16fb37d819b0a4dc";

    private static Chain chain;
    private static String distributor;
    private static String token;

    @BeforeAll
    static void deploy() throws Exception {
        chain = Chain.start();
        // ALICE plays the oracle.
        distributor = chain.deploy(Chain.ALICE, ContractArtifact.load("RewardsDistributor").bytecode(),
                FunctionEncoder.encodeConstructor(List.of(new Address(Chain.ALICE.getAddress()))));
        token = ((Address) chain.call(distributor, new Function("token", List.of(),
                List.of(new TypeReference<Address>() { }))).getFirst()).getValue();
    }

    @AfterAll
    static void stop() {
        chain.close();
    }

    private static TransactionReceipt post(long epoch, CumulativeMerkleTree tree, long total) throws Exception {
        return chain.send(Chain.ALICE, distributor, new Function("postRoot",
                List.of(new Uint256(epoch), new Bytes32(tree.root()), new Uint256(total)), List.of()));
    }

    private static TransactionReceipt claim(String account, long cumulative, List<byte[]> proof) throws Exception {
        List<Bytes32> path = proof.stream().map(Bytes32::new).toList();
        return chain.send(Chain.BOB, distributor, new Function("claim", List.of(new Address(account),
                new Uint256(cumulative), new DynamicArray<>(Bytes32.class, path)), List.of()));
    }

    private static BigInteger balance(String account) throws Exception {
        return (BigInteger) chain.call(token, new Function("balanceOf", List.of(new Address(account)),
                List.of(new TypeReference<Uint256>() { }))).getFirst().getValue();
    }

    private static CumulativeMerkleTree tree(long carol, long dave, long erin) {
        Map<String, BigInteger> amounts = new LinkedHashMap<>();
        amounts.put(CAROL, BigInteger.valueOf(carol));
        amounts.put(DAVE, BigInteger.valueOf(dave));
        amounts.put(ERIN, BigInteger.valueOf(erin));
        return new CumulativeMerkleTree(amounts);
    }

    @Test
    void claimsPayTheCumulativeDifferenceAndRefuseBadProofsAndRepeats() throws Exception {
        CumulativeMerkleTree first = tree(100, 50, 10);
        assertThat(post(1, first, 160).isStatusOK()).isTrue();
        TransactionReceipt carolFirst = claim(CAROL, 100, first.proof(CAROL));
        assertThat(carolFirst.isStatusOK()).isTrue();
        assertThat(balance(CAROL)).isEqualTo(BigInteger.valueOf(100));
        GasReport.record("RewardsDistributor.claim, an account's first claim", carolFirst.getGasUsed().longValue());

        assertThat(claim(CAROL, 100, first.proof(CAROL)).isStatusOK()).as("claim twice").isFalse();
        assertThat(claim(DAVE, 500, first.proof(DAVE)).isStatusOK()).as("amount not in the tree").isFalse();
        assertThat(claim(DAVE, 50, first.proof(CAROL)).isStatusOK()).as("someone else's proof").isFalse();

        CumulativeMerkleTree second = tree(130, 80, 10);
        assertThat(post(2, second, 60).isStatusOK()).isTrue();
        assertThat(claim(CAROL, 100, first.proof(CAROL)).isStatusOK()).as("proof of an old root").isFalse();
        TransactionReceipt carolSecond = claim(CAROL, 130, second.proof(CAROL));
        assertThat(carolSecond.isStatusOK()).isTrue();
        GasReport.record("RewardsDistributor.claim, an account that claimed before", carolSecond.getGasUsed().longValue());
        assertThat(claim(DAVE, 80, second.proof(DAVE)).isStatusOK()).as("one claim covers both epochs").isTrue();

        assertThat(balance(CAROL)).isEqualTo(BigInteger.valueOf(130));
        assertThat(balance(DAVE)).isEqualTo(BigInteger.valueOf(80));
        assertThat(balance(ERIN)).isZero();
    }

    @Test
    void onlyTheOraclePostsAndEpochsGoInOrder() throws Exception {
        CumulativeMerkleTree any = tree(1, 1, 1);
        Function byBob = new Function("postRoot", List.of(new Uint256(99), new Bytes32(any.root()), new Uint256(3)), List.of());
        assertThat(chain.send(Chain.BOB, distributor, byBob).isStatusOK()).as("a stranger posting").isFalse();
        assertThat(post(99, any, 3).isStatusOK()).as("an epoch out of order").isFalse();
    }
}
