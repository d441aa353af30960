package io.outpost.devnet.oracle;

import java.io.IOException;
import java.net.URI;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reference oracle: takes devices' signed heartbeats over HTTP, turns them into uptime, coverage and
 * rewards per epoch, and posts each epoch's Merkle root of owners' cumulative rewards to the
 * RewardsDistributor. Its state lives in one SQLite file, so a restart goes on where it stopped. API and
 * reward rule: docs/oracle-api.md.
 */
public final class ReferenceOracle implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ReferenceOracle.class);
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(1);
    private static final Duration AFTER_FAILURE = Duration.ofSeconds(10);

    private final OracleDatabase database;
    private final OracleChain chain;
    private final Epochs epochs;
    private final Clock clock;
    private final EpochCloser closer;
    private final OracleHttp http;
    private final ScheduledExecutorService scheduler;

    private ReferenceOracle(OracleConfig config, OracleDatabase database, OracleChain chain, Epochs epochs,
                            Coverage coverage) throws IOException {
        this.database = database;
        this.chain = chain;
        this.epochs = epochs;
        this.clock = config.clock();
        HeartbeatStore heartbeats = new HeartbeatStore(database);
        EpochStore store = new EpochStore(database);
        Registrations registrations = new Registrations(chain, clock);
        RewardRule rule = new RewardRule(config.emissionPerDevice(), epochs.seconds());
        this.closer = new EpochCloser(epochs, heartbeats, store, chain, coverage, rule, clock);
        HeartbeatAcceptor acceptor = new HeartbeatAcceptor(registrations, new RateLimiter(config.rateLimit(), clock),
                heartbeats, clock);
        OracleApi api = new OracleApi(new OracleApi.Sources(config.chainId(), epochs, clock,
                new Activity(heartbeats, epochs), store, registrations, coverage, rule), new HeartbeatEndpoint(acceptor));
        this.http = OracleHttp.start(config.port(), api.routes());
        this.scheduler = config.closeOnSchedule() ? Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("oracle-epochs").daemon().factory()) : null;
    }

    /**
     * Opens (or creates) the database, checks the chain, and starts serving on loopback. The genesis and the
     * epoch length are kept in the database at the first start; a later start with other values is refused.
     */
    public static ReferenceOracle start(OracleConfig config) throws IOException {
        OracleDatabase database = null;
        OracleChain chain = null;
        try {
            database = OracleDatabase.open(config.database());
            Epochs epochs = OracleSetup.epochs(database, config);
            chain = new OracleChain(config);
            OracleSetup.checkChain(database, chain, config);
            ReferenceOracle oracle = new ReferenceOracle(config, database, chain, epochs, Coverage.load());
            oracle.scheduleNextCheck(Duration.ZERO);
            LOG.info("Reference oracle for chain {} at {} (oracle {}, epochs of {} s from {})", config.chainId(),
                    oracle.uri(), config.oracleKey().getAddress(), epochs.seconds(), epochs.genesis());
            return oracle;
        } catch (IOException | SQLException | RuntimeException e) {
            closeQuietly(chain, database);
            throw e instanceof IOException io ? io : new IOException("the oracle could not start: " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(OracleChain chain, OracleDatabase database) {
        if (chain != null) {
            chain.close();
        }
        if (database != null) {
            try {
                database.close();
            } catch (SQLException e) {
                LOG.warn("Could not close the oracle database: {}", e.getMessage());
            }
        }
    }

    /** Where the API listens: {@code http://127.0.0.1:<port>}. */
    public URI uri() {
        return http.uri();
    }

    /** The open epoch by the oracle's clock (0 before genesis). */
    public long currentEpoch() {
        return epochs.numberAt(clock.instant().getEpochSecond());
    }

    /**
     * Closes every epoch that has ended by the oracle's clock and posts its root, in order, after posting any
     * closed epoch whose root is not on-chain yet; returns the epochs this call closed.
     */
    public List<Long> closeDueEpochs() throws IOException {
        try {
            return closer.closeDueEpochs();
        } catch (SQLException e) {
            throw new IOException("the oracle database failed: " + e.getMessage(), e);
        }
    }

    private void scheduleNextCheck(Duration delay) {
        if (scheduler != null && !scheduler.isShutdown()) {
            scheduler.schedule(this::scheduledCheck, delay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    // Wakes at the end of the open epoch, and at least every second, so a clock that jumps is noticed too.
    private void scheduledCheck() {
        Duration next;
        try {
            closeDueEpochs();
            long now = clock.millis();
            long end = epochs.end(Math.max(1, currentEpoch())) * 1000;
            next = Duration.ofMillis(Math.clamp(end - now, 0, LONGEST_WAIT.toMillis()));
        } catch (IOException | RuntimeException e) {
            LOG.warn("Closing epochs failed, trying again in {} s: {}", AFTER_FAILURE.toSeconds(), e.getMessage());
            next = AFTER_FAILURE;
        }
        scheduleNextCheck(next);
    }

    /** Stops serving and closing epochs; an epoch being posted is tracked again at the next start. */
    @Override
    public void close() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            try {
                scheduler.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        http.close();
        closeQuietly(chain, database);
    }
}
