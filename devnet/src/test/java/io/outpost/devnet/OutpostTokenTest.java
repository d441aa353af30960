package io.outpost.devnet;

import static org.assertj.core.api.Assertions.assertThat;

import io.outpost.network.contracts.ContractArtifact;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.FunctionReturnDecoder;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.crypto.Credentials;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.methods.request.Transaction;
import org.web3j.protocol.core.methods.response.EthCall;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.protocol.http.HttpService;
import org.web3j.tx.RawTransactionManager;

/** The reward token, deployed from its committed artifact on a real anvil: only the distributor mints. */
@Timeout(120)
class OutpostTokenTest {
    // anvil's first two default accounts (public test keys of the mnemonic "test test … junk").
    private static final Credentials DISTRIBUTOR = Credentials.create("0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");
    private static final Credentials STRANGER = Credentials.create("0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d");
    private static final BigInteger GAS = BigInteger.valueOf(3_000_000);

    private static AnvilNode node;
    private static Web3j web3j;
    private static String token;

    @BeforeAll
    static void deploy() throws Exception {
        Path anvil = AnvilNode.locate(Path.of(""), System.getenv("PATH"), System.getenv("OUTPOST_ANVIL"))
                .orElseThrow(() -> new IllegalStateException("anvil not found: run `npm ci --prefix network/contracts`"));
        node = AnvilNode.start(anvil);
        web3j = Web3j.build(new HttpService(node.rpcUrl().toString()));
        String constructor = FunctionEncoder.encodeConstructor(List.of(new Address(DISTRIBUTOR.getAddress())));
        TransactionReceipt receipt = send(DISTRIBUTOR, null, ContractArtifact.load("OutpostToken").bytecode() + constructor);
        assertThat(receipt.isStatusOK()).isTrue();
        token = receipt.getContractAddress();
    }

    @AfterAll
    static void stop() {
        web3j.shutdown();
        node.close();
    }

    private static TransactionReceipt send(Credentials from, String to, String data) throws IOException, InterruptedException {
        RawTransactionManager manager = new RawTransactionManager(web3j, from, AnvilNode.CHAIN_ID);
        BigInteger gasPrice = web3j.ethGasPrice().send().getGasPrice();
        String hash = to == null
                ? manager.sendTransaction(gasPrice, GAS, null, data, BigInteger.ZERO, true).getTransactionHash()
                : manager.sendTransaction(gasPrice, GAS, to, data, BigInteger.ZERO).getTransactionHash();
        for (int attempt = 0; attempt < 100; attempt++) {
            Optional<TransactionReceipt> receipt = web3j.ethGetTransactionReceipt(hash).send().getTransactionReceipt();
            if (receipt.isPresent()) {
                return receipt.get();
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("no receipt for " + hash);
    }

    private static List<Type> call(String from, Function function) throws IOException {
        EthCall result = web3j.ethCall(Transaction.createEthCallTransaction(from, token, FunctionEncoder.encode(function)),
                DefaultBlockParameterName.LATEST).send();
        assertThat(result.hasError()).as("call reverted: %s", result.getError() == null ? "" : result.getError().getMessage()).isFalse();
        return FunctionReturnDecoder.decode(result.getValue(), function.getOutputParameters());
    }

    private static Function mint(String to, long amount) {
        return new Function("mint", List.of(new Address(to), new Uint256(amount)), List.of());
    }

    @Test
    void hasItsNameAndSymbol() throws IOException {
        Function name = new Function("name", List.of(), List.of(new TypeReference<Utf8String>() { }));
        Function symbol = new Function("symbol", List.of(), List.of(new TypeReference<Utf8String>() { }));
        assertThat(call(DISTRIBUTOR.getAddress(), name).getFirst().getValue()).isEqualTo("Outpost");
        assertThat(call(DISTRIBUTOR.getAddress(), symbol).getFirst().getValue()).isEqualTo("OPT");
    }

    @Test
    void theDistributorMintsAndAStrangerCannot() throws Exception {
        String holder = "0x90f79bf6eb2c4f870365e785982e1f101e93b906";
        assertThat(send(DISTRIBUTOR, token, FunctionEncoder.encode(mint(holder, 1_000))).isStatusOK()).isTrue();

        TransactionReceipt refused = send(STRANGER, token, FunctionEncoder.encode(mint(STRANGER.getAddress(), 1_000)));
        assertThat(refused.isStatusOK()).as("mint by a stranger reverts").isFalse();

        Function balance = new Function("balanceOf", List.of(new Address(holder)), List.of(new TypeReference<Uint256>() { }));
        Function strangerBalance = new Function("balanceOf", List.of(new Address(STRANGER.getAddress())),
                List.of(new TypeReference<Uint256>() { }));
        assertThat(call(holder, balance).getFirst().getValue()).isEqualTo(BigInteger.valueOf(1_000));
        assertThat(call(holder, strangerBalance).getFirst().getValue()).isEqualTo(BigInteger.ZERO);
    }
}
