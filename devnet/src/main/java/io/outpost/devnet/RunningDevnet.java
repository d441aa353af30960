package io.outpost.devnet;

import io.outpost.devnet.OracleLauncher.RunningOracle;
import io.outpost.network.NetworkProfile;
import java.io.IOException;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.methods.response.EthSendTransaction;
import org.web3j.protocol.http.HttpService;
import org.web3j.tx.RawTransactionManager;

/**
 * A devnet that runs until closed. Closing stops the oracle, then anvil, which writes its state file on the
 * way out; it is safe to call twice (a shutdown hook and the command that waits may both do it).
 */
public final class RunningDevnet implements AutoCloseable {
    private static final BigInteger TRANSFER_GAS = BigInteger.valueOf(21_000);
    private static final Duration MINED_WITHIN = Duration.ofSeconds(10);

    private final AnvilNode node;
    private final RunningOracle oracle;
    private final NetworkProfile profile;
    private boolean closed;

    RunningDevnet(AnvilNode node, RunningOracle oracle, NetworkProfile profile) {
        this.node = node;
        this.oracle = oracle;
        this.profile = profile;
    }

    /** The network profile of this devnet: its RPC and oracle addresses, contracts, token and epoch length. */
    public NetworkProfile profile() {
        return profile;
    }

    /** The anvil process, so that callers can check that no process stays behind. */
    public ProcessHandle chainProcess() {
        return node.process();
    }

    /** Sends {@code wei} of test ETH from {@link AnvilAccounts#FAUCET} to {@code address}; returns once it is mined. */
    public void fund(String address, BigInteger wei) throws IOException {
        Web3j web3j = Web3j.build(new HttpService(profile.rpcUrl().toString()));
        try {
            RawTransactionManager faucet = new RawTransactionManager(web3j, AnvilAccounts.FAUCET, AnvilNode.CHAIN_ID);
            EthSendTransaction sent = faucet.sendTransaction(web3j.ethGasPrice().send().getGasPrice(), TRANSFER_GAS,
                    address, "", wei);
            if (sent.hasError()) {
                throw new IOException("the faucet's transfer was refused: " + sent.getError().getMessage());
            }
            awaitReceipt(web3j, sent.getTransactionHash());
        } finally {
            web3j.shutdown();
        }
    }

    private static void awaitReceipt(Web3j web3j, String hash) throws IOException {
        Instant deadline = Instant.now().plus(MINED_WITHIN);
        while (web3j.ethGetTransactionReceipt(hash).send().getTransactionReceipt().isEmpty()) {
            if (Instant.now().isAfter(deadline)) {
                throw new IOException("the faucet's transfer " + hash + " was not mined within " + MINED_WITHIN);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for the faucet's transfer", e);
            }
        }
    }

    /**
     * Blocks until the chain's process ends: when the devnet is closed, or when anvil stopped by itself.
     *
     * @return true when it ended because the devnet was closed
     */
    public boolean awaitStop() throws InterruptedException {
        node.awaitExit();
        synchronized (this) {
            boolean asked = closed;
            close(); // when anvil ended by itself, the oracle has nothing to serve either
            return asked;
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            oracle.close();
        } finally {
            node.close();
        }
    }
}
