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
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.abi.datatypes.generated.Uint8;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.Sign;
import org.web3j.crypto.StructuredDataEncoder;

/** The reward token, deployed from its committed artifact on a real anvil: only the distributor mints; EIP-2612 permits. */
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
    void aSignedPermitSetsTheAllowanceOnceAndOnlyBeforeItsDeadline() throws Exception {
        Credentials owner = Credentials.create("0x7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6");
        String spender = Chain.BOB.getAddress();
        BigInteger deadline = chain.latestBlockTime().add(BigInteger.valueOf(3_600));
        Function permit = permit(owner, owner, spender, 500, BigInteger.ZERO, deadline);

        assertThat(chain.send(Chain.BOB, token, permit).isStatusOK()).as("anyone may submit the owner's permit").isTrue();
        assertThat(allowance(owner.getAddress(), spender)).isEqualTo(BigInteger.valueOf(500));
        assertThat(chain.send(Chain.BOB, token, permit).isStatusOK()).as("the same permit again").isFalse();

        BigInteger past = chain.latestBlockTime().subtract(BigInteger.ONE);
        assertThat(chain.send(Chain.BOB, token, permit(owner, owner, spender, 900, BigInteger.ONE, past)).isStatusOK())
                .as("an expired permit").isFalse();
        assertThat(chain.send(Chain.BOB, token, permit(owner, Chain.BOB, spender, 900, BigInteger.ONE, deadline)).isStatusOK())
                .as("a permit signed by someone else").isFalse();
        assertThat(allowance(owner.getAddress(), spender)).isEqualTo(BigInteger.valueOf(500));
    }

    /** {@code permit(owner, spender, value, deadline, v, r, s)} with an EIP-712 Permit signed by {@code signer}. */
    private static Function permit(Credentials owner, Credentials signer, String spender, long value, BigInteger nonce,
                                   BigInteger deadline) throws Exception {
        String typedData = """
                {"types":{"EIP712Domain":[{"name":"name","type":"string"},{"name":"version","type":"string"},
                {"name":"chainId","type":"uint256"},{"name":"verifyingContract","type":"address"}],
                "Permit":[{"name":"owner","type":"address"},{"name":"spender","type":"address"},
                {"name":"value","type":"uint256"},{"name":"nonce","type":"uint256"},{"name":"deadline","type":"uint256"}]},
                "primaryType":"Permit","domain":{"name":"Outpost","version":"1","chainId":%d,"verifyingContract":"%s"},
                "message":{"owner":"%s","spender":"%s","value":%d,"nonce":%s,"deadline":%s}}"""
                .formatted(AnvilNode.CHAIN_ID, token, owner.getAddress(), spender, value, nonce, deadline);
        byte[] hash = new StructuredDataEncoder(typedData).hashStructuredData();
        Sign.SignatureData signature = Sign.signMessage(hash, signer.getEcKeyPair(), false);
        return new Function("permit", List.of(new Address(owner.getAddress()), new Address(spender), new Uint256(value),
                new Uint256(deadline), new Uint8(signature.getV()[0] & 0xff), new Bytes32(signature.getR()),
                new Bytes32(signature.getS())), List.of());
    }

    private static BigInteger allowance(String owner, String spender) throws Exception {
        return (BigInteger) chain.call(token, new Function("allowance", List.of(new Address(owner), new Address(spender)),
                List.of(new TypeReference<Uint256>() { }))).getFirst().getValue();
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
