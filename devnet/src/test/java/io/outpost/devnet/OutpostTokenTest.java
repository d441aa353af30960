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
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Uint256;

/** The reward token, deployed from its committed artifact on a real anvil: only the distributor mints. */
@Timeout(120)
class OutpostTokenTest {
    private static final String HOLDER = "0x90f79bf6eb2c4f870365e785982e1f101e93b906";

    private static Chain chain;
    private static String token;

    @BeforeAll
    static void deploy() throws Exception {
        chain = Chain.start();
        token = chain.deploy(Chain.ALICE, ContractArtifact.load("OutpostToken").bytecode(),
                FunctionEncoder.encodeConstructor(List.of(new Address(Chain.ALICE.getAddress()))));
    }

    @AfterAll
    static void stop() {
        chain.close();
    }

    private static Function mint(String to, long amount) {
        return new Function("mint", List.of(new Address(to), new Uint256(amount)), List.of());
    }

    private static BigInteger balanceOf(String account) throws Exception {
        return (BigInteger) chain.call(token, new Function("balanceOf", List.of(new Address(account)),
                List.of(new TypeReference<Uint256>() { }))).getFirst().getValue();
    }

    @Test
    void hasItsNameAndSymbol() throws Exception {
        assertThat(chain.call(token, new Function("name", List.of(), List.of(new TypeReference<Utf8String>() { })))
                .getFirst().getValue()).isEqualTo("Outpost");
        assertThat(chain.call(token, new Function("symbol", List.of(), List.of(new TypeReference<Utf8String>() { })))
                .getFirst().getValue()).isEqualTo("OPT");
    }

    @Test
    void theDistributorMintsAndAStrangerCannot() throws Exception {
        assertThat(chain.send(Chain.ALICE, token, mint(HOLDER, 1_000)).isStatusOK()).isTrue();
        assertThat(chain.send(Chain.BOB, token, mint(Chain.BOB.getAddress(), 1_000)).isStatusOK())
                .as("mint by a stranger reverts").isFalse();

        assertThat(balanceOf(HOLDER)).isEqualTo(BigInteger.valueOf(1_000));
        assertThat(balanceOf(Chain.BOB.getAddress())).isZero();
    }

    @Test
    void holdersBurnTheirOwnTokensForServiceCredits() throws Exception {
        // The distributor's own account holds these; no other test touches its balance.
        assertThat(chain.send(Chain.ALICE, token, mint(Chain.ALICE.getAddress(), 300)).isStatusOK()).isTrue();
        Function burn = new Function("burn", List.of(new Uint256(120)), List.of());
        assertThat(chain.send(Chain.ALICE, token, burn).isStatusOK()).isTrue();
        assertThat(balanceOf(Chain.ALICE.getAddress())).isEqualTo(BigInteger.valueOf(180));
        Function tooMuch = new Function("burn", List.of(new Uint256(181)), List.of());
        assertThat(chain.send(Chain.ALICE, token, tooMuch).isStatusOK()).as("burning more than one holds").isFalse();
    }
}
