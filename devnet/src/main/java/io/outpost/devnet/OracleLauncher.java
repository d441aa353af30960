package io.outpost.devnet;

import io.outpost.network.NetworkProfile.ContractAddresses;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;
import org.web3j.crypto.Credentials;

/** Starts the devnet's oracle once the chain runs and the contracts are in place. */
@FunctionalInterface
public interface OracleLauncher {
    RunningOracle start(Settings settings) throws IOException;

    /**
     * What the oracle needs: the chain, the contracts, the key it posts reward roots with, its epoch length,
     * a folder of its own for its state, and the loopback port to serve its HTTP API on.
     */
    record Settings(URI rpcUrl, long chainId, ContractAddresses contracts, Credentials oracleKey, long epochSeconds,
                    Path dataDir, int port) {
        public Settings {
            Objects.requireNonNull(rpcUrl, "rpcUrl");
            Objects.requireNonNull(contracts, "contracts");
            Objects.requireNonNull(oracleKey, "oracleKey");
            Objects.requireNonNull(dataDir, "dataDir");
        }

        // The key stays out of logs and messages, even a public test key.
        @Override
        public String toString() {
            return "Settings[rpcUrl=" + rpcUrl + ", chainId=" + chainId + ", contracts=" + contracts + ", oracle="
                    + oracleKey.getAddress() + ", epochSeconds=" + epochSeconds + ", dataDir=" + dataDir
                    + ", port=" + port + "]";
        }
    }

    /** An oracle that serves until closed. */
    interface RunningOracle extends AutoCloseable {
        /** The base address of its HTTP API, for the network profile's {@code oracleUrl}. */
        URI uri();

        @Override
        void close();
    }
}
