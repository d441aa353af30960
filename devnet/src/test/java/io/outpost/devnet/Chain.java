package io.outpost.devnet;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.FunctionReturnDecoder;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.Type;
import org.web3j.crypto.Credentials;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.Request;
import org.web3j.protocol.core.methods.response.VoidResponse;
import org.web3j.protocol.core.methods.request.Transaction;
import org.web3j.protocol.core.methods.response.EthCall;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.protocol.http.HttpService;
import org.web3j.tx.RawTransactionManager;

/** A test's connection to a fresh anvil: deploy, send and call without generated wrappers. */
public final class Chain implements AutoCloseable {
    // anvil's first two default accounts, by the names the contract tests give them.
    public static final Credentials ALICE = AnvilAccounts.DEPLOYER;
    public static final Credentials BOB = AnvilAccounts.ORACLE;
    private static final BigInteger GAS = BigInteger.valueOf(3_000_000);

    private final AnvilNode node;
    private final HttpService service;
    private final Web3j web3j;

    private Chain(AnvilNode node) {
        this.node = node;
        this.service = new HttpService(node.rpcUrl().toString());
        this.web3j = Web3j.build(service);
    }

    public static Chain start() throws IOException {
        return new Chain(AnvilNode.start(anvil()));
    }

    /** The anvil of the npm packages .ci/run installs, or the one OUTPOST_ANVIL names. */
    static Path anvil() {
        return AnvilNode.locate(Path.of(""), System.getenv("PATH"), System.getenv("OUTPOST_ANVIL"))
                .orElseThrow(() -> new IllegalStateException(
                        "anvil not found: run `npm ci --prefix network/contracts` (as .ci/run does)"));
    }

    /** Outpost's contracts as {@code outpost devnet up} deploys them: account 0 deploys, account 1 is the oracle. */
    public DevnetDeployer.Deployed deployDevnet(Duration stakingCooldown) throws IOException {
        return new DevnetDeployer(web3j, ALICE).deployOrReuse(BOB.getAddress(), stakingCooldown);
    }

    public String deploy(Credentials from, String bytecode, String constructorArguments) throws Exception {
        TransactionReceipt receipt = send(from, null, bytecode + constructorArguments);
        if (!receipt.isStatusOK()) {
            throw new IllegalStateException("deployment failed: " + receipt);
        }
        return receipt.getContractAddress();
    }

    public TransactionReceipt send(Credentials from, String to, Function function) throws Exception {
        return send(from, to, FunctionEncoder.encode(function));
    }

    private TransactionReceipt send(Credentials from, String to, String data) throws Exception {
        RawTransactionManager manager = new RawTransactionManager(web3j, from, AnvilNode.CHAIN_ID);
        BigInteger gasPrice = web3j.ethGasPrice().send().getGasPrice();
        String hash = to == null
                ? manager.sendTransaction(gasPrice, GAS, null, data, BigInteger.ZERO, true).getTransactionHash()
                : manager.sendTransaction(gasPrice, GAS, to, data, BigInteger.ZERO).getTransactionHash();
        for (int attempt = 0; attempt < 200; attempt++) {
            Optional<TransactionReceipt> receipt = web3j.ethGetTransactionReceipt(hash).send().getTransactionReceipt();
            if (receipt.isPresent()) {
                return receipt.get();
            }
            Thread.sleep(25);
        }
        throw new IllegalStateException("no receipt for " + hash);
    }

    public List<Type> call(String contract, Function function) throws IOException {
        EthCall result = web3j.ethCall(Transaction.createEthCallTransaction(ALICE.getAddress(), contract,
                FunctionEncoder.encode(function)), DefaultBlockParameterName.LATEST).send();
        if (result.hasError()) {
            throw new IllegalStateException("call reverted: " + result.getError().getMessage());
        }
        return FunctionReturnDecoder.decode(result.getValue(), function.getOutputParameters());
    }

    /** With automine off, a sent transaction waits in the pool until a block is mined (or it is replaced). */
    public void automine(boolean on) throws IOException {
        new Request<>("evm_setAutomine", List.of(on), service, VoidResponse.class).send();
    }

    /** Mines one block now, with what waits in the pool. */
    public void mine() throws IOException {
        new Request<>("evm_mine", List.of(), service, VoidResponse.class).send();
    }

    /** Moves the chain's clock forward and mines a block, as anvil allows for tests. */
    public void advanceTime(long seconds) throws IOException {
        new Request<>("evm_increaseTime", List.of(seconds), service, VoidResponse.class).send();
        new Request<>("evm_mine", List.of(), service, VoidResponse.class).send();
    }

    BigInteger nonce(String account) throws IOException {
        return web3j.ethGetTransactionCount(account, DefaultBlockParameterName.LATEST).send().getTransactionCount();
    }

    /** The account's ETH, in wei, as of the latest block. */
    public BigInteger etherBalance(String account) throws IOException {
        return web3j.ethGetBalance(account, DefaultBlockParameterName.LATEST).send().getBalance();
    }

    public BigInteger latestBlockTime() throws IOException {
        return web3j.ethGetBlockByNumber(DefaultBlockParameterName.LATEST, false).send().getBlock().getTimestamp();
    }

    public URI rpcUrl() {
        return node.rpcUrl();
    }

    @Override
    public void close() {
        web3j.shutdown();
        node.close();
    }
}
