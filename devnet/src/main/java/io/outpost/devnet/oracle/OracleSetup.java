package io.outpost.devnet.oracle;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;

/** The checks at start-up that keep one database with one chain and one epoch numbering. */
final class OracleSetup {
    private OracleSetup() {
    }

    /** The epochs kept in the database, or the configured ones on a first start (genesis: now, by default). */
    static Epochs epochs(OracleDatabase database, OracleConfig config) throws SQLException, IOException {
        Optional<String> genesis = database.meta("genesis");
        Optional<String> seconds = database.meta("epoch_seconds");
        if (genesis.isEmpty() || seconds.isEmpty()) {
            long start = config.genesis().orElse(config.clock().instant().getEpochSecond());
            database.transaction(c -> {
                OracleDatabase.putMeta(c, "genesis", Long.toString(start));
                return OracleDatabase.putMeta(c, "epoch_seconds", Long.toString(config.epochSeconds()));
            });
            return new Epochs(start, config.epochSeconds());
        }
        Epochs kept = new Epochs(Long.parseLong(genesis.get()), Long.parseLong(seconds.get()));
        if (kept.seconds() != config.epochSeconds()
                || config.genesis().isPresent() && config.genesis().getAsLong() != kept.genesis()) {
            throw new IOException("the oracle database " + config.database() + " counts epochs of " + kept.seconds()
                    + " s from " + kept.genesis() + ", not " + config.epochSeconds() + " s from "
                    + (config.genesis().isPresent() ? config.genesis().getAsLong() : "now")
                    + ": use the same settings or a new database");
        }
        return kept;
    }

    /**
     * The node must serve the configured chain, the database must belong to the same distributor, and the
     * distributor must know every epoch the database says was posted (else the chain was reset under it).
     */
    static void checkChain(OracleDatabase database, OracleChain chain, OracleConfig config)
            throws IOException, SQLException {
        chain.checkChainId();
        String identity = config.chainId() + "/" + config.contracts().rewardsDistributor().toLowerCase(Locale.ROOT);
        Optional<String> kept = database.meta("distributor");
        if (kept.isEmpty()) {
            database.putMeta("distributor", identity);
        } else if (!kept.get().equals(identity)) {
            throw new IOException("the oracle database " + config.database() + " belongs to " + kept.get()
                    + ", not " + identity);
        }
        long onChain = chain.postedEpoch();
        long recorded = new EpochStore(database).posted().stream().mapToLong(EpochStore.ClosedEpoch::epoch).max().orElse(0);
        if (onChain < recorded) {
            throw new IOException("the distributor has " + onChain + " epochs posted but the oracle database "
                    + config.database() + " recorded " + recorded + ": the chain was reset; start with a new database");
        }
    }
}
