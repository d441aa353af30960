package io.outpost.devnet;

import io.outpost.devnet.OracleLauncher.RunningOracle;
import io.outpost.network.NetworkProfile;

/**
 * A devnet that runs until closed. Closing stops the oracle, then anvil, which writes its state file on the
 * way out; it is safe to call twice (a shutdown hook and the command that waits may both do it).
 */
public final class RunningDevnet implements AutoCloseable {
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
