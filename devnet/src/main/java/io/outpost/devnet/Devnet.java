package io.outpost.devnet;

import io.outpost.devnet.OracleLauncher.RunningOracle;
import io.outpost.network.NetworkProfile;
import io.outpost.network.NetworkProfiles;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.http.HttpService;

/**
 * A whole Outpost network on this computer: anvil on loopback with its chain kept in a state file, the
 * contracts at their fixed addresses, and the reference oracle. Demo accounts need no funding: anvil gives each
 * account of its default mnemonic 10,000 ETH ({@link AnvilAccounts}), and OPT exists only as rewards that the
 * distributor mints when they are claimed.
 */
public final class Devnet {
    public static final int DEFAULT_PORT = 8545;
    public static final long DEFAULT_EPOCH_SECONDS = 3600;
    public static final long MIN_EPOCH_SECONDS = 10;
    /** Short, so the demo can unstake and withdraw while someone watches; production profiles use 7 days. */
    public static final Duration STAKING_COOLDOWN = Duration.ofMinutes(2);
    static final String STATE_FILE = "anvil-state.json";

    private final Path anvil;
    private final OracleLauncher oracles;

    public Devnet(Path anvil, OracleLauncher oracles) {
        this.anvil = Objects.requireNonNull(anvil, "anvil");
        this.oracles = Objects.requireNonNull(oracles, "oracles");
    }

    /**
     * How to run it: {@code dataDir} holds the chain's state file and the oracle's files; the chain listens on
     * {@code rpcPort}, the oracle on {@code oraclePort}, both on loopback.
     */
    public record Options(Path dataDir, int rpcPort, int oraclePort, long epochSeconds) {
        public Options {
            Objects.requireNonNull(dataDir, "dataDir");
            if (epochSeconds < MIN_EPOCH_SECONDS) {
                throw new IllegalArgumentException("epochSeconds: at least " + MIN_EPOCH_SECONDS + ", was " + epochSeconds);
            }
        }

        public Path stateFile() {
            return dataDir.resolve(STATE_FILE);
        }
    }

    /** Starts the chain, deploys the contracts or finds them in the restored state, then starts the oracle. */
    public RunningDevnet start(Options options) throws IOException {
        AnvilNode node = AnvilNode.start(anvil, options.rpcPort(), options.stateFile());
        RunningOracle oracle = null;
        try {
            Web3j web3j = Web3j.build(new HttpService(node.rpcUrl().toString()));
            DevnetDeployer.Deployed deployed;
            try {
                deployed = new DevnetDeployer(web3j, AnvilAccounts.DEPLOYER)
                        .deployOrReuse(AnvilAccounts.ORACLE.getAddress(), STAKING_COOLDOWN);
            } finally {
                web3j.shutdown();
            }
            oracle = oracles.start(new OracleLauncher.Settings(node.rpcUrl(), AnvilNode.CHAIN_ID, deployed.contracts(),
                    AnvilAccounts.ORACLE, options.epochSeconds(), options.dataDir(), options.oraclePort()));
            NetworkProfile builtIn = NetworkProfiles.builtIn().byId(NetworkProfiles.DEVNET_ID).orElseThrow();
            NetworkProfile profile = new NetworkProfile(builtIn.id(), builtIn.name(), AnvilNode.CHAIN_ID,
                    List.of(node.rpcUrl()), deployed.contracts(), oracle.uri(), deployed.token(), options.epochSeconds(),
                    builtIn.explorerUrl());
            return new RunningDevnet(node, oracle, profile);
        } catch (IOException | RuntimeException e) {
            if (oracle != null) {
                oracle.close();
            }
            node.close();
            throw e;
        }
    }

    /** Whether nothing listens on this loopback port yet. */
    public static boolean portAvailable(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort() == port;
        } catch (IOException e) {
            return false;
        }
    }
}
