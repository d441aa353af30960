package io.outpost.devnet.oracle;

import io.outpost.devnet.OracleLauncher;
import java.io.IOException;
import java.net.URI;

/** Starts the reference oracle for {@code outpost devnet up}, its database in the devnet's own folder. */
public final class ReferenceOracleLauncher implements OracleLauncher {
    @Override
    public RunningOracle start(Settings settings) throws IOException {
        OracleConfig config = OracleConfig.builder(settings.rpcUrl(), settings.chainId(),
                        new OracleConfig.Contracts(settings.contracts().deviceRegistry(),
                                settings.contracts().rewardsDistributor(), settings.contracts().staking()),
                        settings.oracleKey(), settings.dataDir().resolve("oracle.db"))
                .epochSeconds(settings.epochSeconds())
                .port(settings.port())
                .build();
        ReferenceOracle oracle = ReferenceOracle.start(config);
        return new RunningOracle() {
            @Override
            public URI uri() {
                return oracle.uri();
            }

            @Override
            public void close() {
                oracle.close();
            }
        };
    }
}
