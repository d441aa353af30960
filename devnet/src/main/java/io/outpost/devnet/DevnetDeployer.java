package io.outpost.devnet;

import io.outpost.devnet.contracts.DeviceRegistry;
import io.outpost.devnet.contracts.OutpostToken;
import io.outpost.devnet.contracts.RewardsDistributor;
import io.outpost.devnet.contracts.Staking;
import io.outpost.network.NetworkProfile.ContractAddresses;
import io.outpost.network.NetworkProfile.TokenInfo;
import java.io.IOException;
import java.math.BigInteger;
import java.time.Duration;
import java.util.Locale;
import org.web3j.crypto.ContractUtils;
import org.web3j.crypto.Credentials;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.tx.Contract;
import org.web3j.tx.RawTransactionManager;
import org.web3j.tx.TransactionManager;
import org.web3j.tx.gas.ContractGasProvider;
import org.web3j.tx.gas.StaticGasProvider;
import org.web3j.tx.response.PollingTransactionReceiptProcessor;

/**
 * Puts Outpost's contracts on a devnet chain at the same addresses every time. The deployer sends exactly
 * three transactions, nonces 0, 1 and 2: DeviceRegistry, RewardsDistributor (which creates the token) and
 * Staking; a created contract's address follows from its creator and that nonce alone. A chain restored from
 * a state file already holds them: they are checked and reused, never deployed twice.
 */
public final class DevnetDeployer {
    private static final BigInteger GAS_LIMIT = BigInteger.valueOf(8_000_000);
    // anvil mines each transaction at once; poll for its receipt briefly instead of web3j's 15 s default.
    private static final long RECEIPT_POLL_MILLIS = 50;
    private static final int RECEIPT_POLLS = 400;

    private final Web3j web3j;
    private final Credentials deployer;
    private final TransactionManager transactions;

    public DevnetDeployer(Web3j web3j, Credentials deployer) {
        this.web3j = web3j;
        this.deployer = deployer;
        // With the chain id, so transactions carry EIP-155 replay protection (stack-notes.md).
        this.transactions = new RawTransactionManager(web3j, deployer, AnvilNode.CHAIN_ID,
                new PollingTransactionReceiptProcessor(web3j, RECEIPT_POLL_MILLIS, RECEIPT_POLLS));
    }

    /** The address of the contract that {@code creator} makes with its transaction number {@code nonce}. */
    public static String createdAddress(String creator, long nonce) {
        return ContractUtils.generateContractAddress(creator, BigInteger.valueOf(nonce)).toLowerCase(Locale.ROOT);
    }

    /** The contracts' four addresses, and what the token calls itself. */
    public record Deployed(ContractAddresses contracts, TokenInfo token) {
    }

    /**
     * Deploys whatever of the three contracts is missing and returns the four addresses.
     *
     * @param oracle the only account that may post reward roots
     * @param stakingCooldown how long unstaked tokens wait before they can be withdrawn
     * @throws IOException when the node fails, or the chain holds something else where the contracts belong
     */
    public Deployed deployOrReuse(String oracle, Duration stakingCooldown) throws IOException {
        ContractGasProvider gas = new StaticGasProvider(web3j.ethGasPrice().send().getGasPrice(), GAS_LIMIT);
        String registry = ensure("DeviceRegistry", 0, () -> DeviceRegistry.deploy(web3j, transactions, gas).send());
        String distributorAddress = ensure("RewardsDistributor", 1,
                () -> RewardsDistributor.deploy(web3j, transactions, gas, oracle).send());
        RewardsDistributor distributor = RewardsDistributor.load(distributorAddress, web3j, transactions, gas);
        String token = read(() -> distributor.token().send());
        String staking = ensure("Staking", 2, () -> Staking.deploy(web3j, transactions, gas, token,
                BigInteger.valueOf(stakingCooldown.toSeconds())).send());
        requireSame("RewardsDistributor.oracle", oracle, read(() -> distributor.oracle().send()));
        requireSame("Staking.token", token,
                read(() -> Staking.load(staking, web3j, transactions, gas).token().send()));
        if (!hasCode(token)) {
            throw new IOException("No token contract at " + token + ", where the distributor says its token is");
        }
        OutpostToken opt = OutpostToken.load(token, web3j, transactions, gas);
        TokenInfo info = new TokenInfo(read(() -> opt.symbol().send()), read(() -> opt.decimals().send()).intValueExact());
        return new Deployed(new ContractAddresses(registry, distributorAddress, staking, token), info);
    }

    private String ensure(String name, long nonce, Step<Contract> deployment) throws IOException {
        String expected = createdAddress(deployer.getAddress(), nonce);
        if (hasCode(expected)) {
            return expected;
        }
        // Pending, as the transaction manager counts: anvil mines a transaction just after accepting it.
        BigInteger sent = web3j.ethGetTransactionCount(deployer.getAddress(), DefaultBlockParameterName.PENDING).send()
                .getTransactionCount();
        if (sent.longValueExact() != nonce) {
            throw new IOException("This chain cannot hold the devnet: " + name + " belongs at " + expected
                    + " (transaction " + nonce + " of " + deployer.getAddress() + "), but that account has sent "
                    + sent + " transactions and there is no contract there. Start the devnet from a new state file.");
        }
        requireSame(name, expected, attempt("Deploying " + name, () -> deployment.run().getContractAddress()));
        return expected;
    }

    private boolean hasCode(String address) throws IOException {
        String code = web3j.ethGetCode(address, DefaultBlockParameterName.LATEST).send().getCode();
        return code != null && code.length() > 2;
    }

    private static <T> T read(Step<T> call) throws IOException {
        return attempt("Reading the devnet's contracts", call);
    }

    // web3j's calls throw Exception; the devnet reports every failure as an IOException with what it was doing.
    private static <T> T attempt(String what, Step<T> step) throws IOException {
        try {
            return step.run();
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(what + " failed: " + e.getMessage(), e);
        }
    }

    private static void requireSame(String what, String expected, String actual) throws IOException {
        if (actual == null || !expected.equalsIgnoreCase(actual)) {
            throw new IOException(what + " is " + actual + ", expected " + expected
                    + ": this chain holds other contracts than the devnet's. Start the devnet from a new state file.");
        }
    }

    @FunctionalInterface
    private interface Step<T> {
        T run() throws Exception;
    }
}
