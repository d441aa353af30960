package io.outpost.devnet.oracle;

import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.FunctionReturnDecoder;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.abi.datatypes.generated.Uint64;
import org.web3j.crypto.Hash;
import org.web3j.crypto.RawTransaction;
import org.web3j.crypto.TransactionEncoder;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.Response;
import org.web3j.protocol.core.methods.request.Transaction;
import org.web3j.protocol.core.methods.response.EthCall;
import org.web3j.protocol.core.methods.response.EthEstimateGas;
import org.web3j.protocol.core.methods.response.EthSendTransaction;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.protocol.http.HttpService;
import org.web3j.utils.Numeric;

/** What the oracle reads from and posts to the chain: registrations, stakes, and the rewards roots. */
final class OracleChain implements AutoCloseable {
    /** A device as the registry holds it: its owner and its location (an H3 cell). */
    record Registration(String owner, long location) {
    }

    /** A signed postRoot transaction: its hash is known before it is sent. */
    record SignedPost(String hash, String raw) {
    }

    private final Web3j web3j;
    private final OracleConfig config;

    OracleChain(OracleConfig config) {
        this.config = config;
        this.web3j = Web3j.build(new HttpService(config.rpcUrl().toString()));
    }

    /** Refuses a node of another chain than the configured one. */
    void checkChainId() throws IOException {
        long actual = checked(web3j.ethChainId().send()).getChainId().longValueExact();
        if (actual != config.chainId()) {
            throw new IOException("the node at " + config.rpcUrl() + " serves chain " + actual + ", not " + config.chainId());
        }
    }

    /** The device's registration; empty when it is not registered. */
    Optional<Registration> registration(String device) throws IOException {
        List<Type> result = call(config.contracts().deviceRegistry(), new Function("devices", List.of(new Address(device)),
                List.of(new TypeReference<Address>() { }, new TypeReference<Uint64>() { })));
        String owner = ((Address) result.get(0)).getValue();
        long location = ((Uint64) result.get(1)).getValue().longValue();
        return Addresses.ZERO.equals(owner) ? Optional.empty() : Optional.of(new Registration(owner, location));
    }

    BigInteger stakeOf(String owner) throws IOException {
        return (BigInteger) call(config.contracts().staking(), new Function("stakeOf", List.of(new Address(owner)),
                List.of(new TypeReference<Uint256>() { }))).getFirst().getValue();
    }

    /** The last epoch the distributor has a root for. */
    long postedEpoch() throws IOException {
        BigInteger epoch = (BigInteger) call(config.contracts().rewardsDistributor(), new Function("currentEpoch",
                List.of(), List.of(new TypeReference<Uint256>() { }))).getFirst().getValue();
        return epoch.longValueExact();
    }

    /**
     * Signs {@code postRoot(epoch, root, total)} with the oracle key (EIP-155), after the node has estimated
     * it: a post that would revert is never signed, so it costs no gas.
     */
    SignedPost signPost(long epoch, byte[] root, BigInteger total) throws IOException {
        String data = FunctionEncoder.encode(new Function("postRoot", List.of(new Uint256(epoch), new Bytes32(root),
                new Uint256(total)), List.of()));
        String from = config.oracleKey().getAddress();
        String to = config.contracts().rewardsDistributor();
        EthEstimateGas estimate = checked(web3j.ethEstimateGas(
                Transaction.createEthCallTransaction(from, to, data)).send());
        BigInteger gasLimit = estimate.getAmountUsed().multiply(BigInteger.valueOf(6)).divide(BigInteger.valueOf(5));
        BigInteger nonce = checked(web3j.ethGetTransactionCount(from, DefaultBlockParameterName.PENDING).send())
                .getTransactionCount();
        BigInteger gasPrice = checked(web3j.ethGasPrice().send()).getGasPrice();
        RawTransaction transaction = RawTransaction.createTransaction(nonce, gasPrice, gasLimit, to, data);
        byte[] signed = TransactionEncoder.signMessage(transaction, config.chainId(), config.oracleKey());
        return new SignedPost(Numeric.toHexString(Hash.sha3(signed)), Numeric.toHexString(signed));
    }

    /** Hands a signed transaction to the node; a node that already has it is not an error. */
    void broadcast(SignedPost post) throws IOException {
        EthSendTransaction sent = web3j.ethSendRawTransaction(post.raw()).send();
        if (sent.hasError() && !knownAlready(sent.getError().getMessage())) {
            throw new IOException("the node refused the transaction: " + sent.getError().getMessage());
        }
    }

    private static boolean knownAlready(String message) {
        String text = message == null ? "" : message.toLowerCase(Locale.ROOT);
        return text.contains("already known") || text.contains("already imported") || text.contains("nonce too low");
    }

    Optional<TransactionReceipt> receipt(String hash) throws IOException {
        return checked(web3j.ethGetTransactionReceipt(hash).send()).getTransactionReceipt();
    }

    String oracleAddress() {
        return config.oracleKey().getAddress();
    }

    private List<Type> call(String contract, Function function) throws IOException {
        EthCall result = web3j.ethCall(Transaction.createEthCallTransaction(config.oracleKey().getAddress(), contract,
                FunctionEncoder.encode(function)), DefaultBlockParameterName.LATEST).send();
        checked(result);
        if (result.isReverted()) {
            throw new IOException(function.getName() + " reverted at " + contract + ": " + result.getRevertReason());
        }
        List<Type> values = FunctionReturnDecoder.decode(result.getValue(), function.getOutputParameters());
        if (values.size() != function.getOutputParameters().size()) {
            throw new IOException("no contract answering " + function.getName() + " at " + contract);
        }
        return values;
    }

    private static <T extends Response<?>> T checked(T response) throws IOException {
        if (response.hasError()) {
            throw new IOException("the node answered an error: " + response.getError().getMessage());
        }
        return response;
    }

    @Override
    public void close() {
        web3j.shutdown();
    }
}
