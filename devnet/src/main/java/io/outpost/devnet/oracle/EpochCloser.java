package io.outpost.devnet.oracle;

import io.outpost.devnet.merkle.CumulativeMerkleTree;
import java.io.IOException;
import java.math.BigInteger;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.web3j.utils.Numeric;

/**
 * Closes ended epochs in order: freezes their heartbeats, computes every device's reward and the owners'
 * cumulative tree, stores it, then posts the root (see {@link RootPoster}).
 */
final class EpochCloser {
    private static final Logger LOG = LoggerFactory.getLogger(EpochCloser.class);

    private record Placed(String device, String owner, long cell, long covered) {
    }

    private final Epochs epochs;
    private final Activity activity;
    private final HeartbeatStore heartbeats;
    private final EpochStore store;
    private final OracleChain chain;
    private final Coverage coverage;
    private final RewardRule rule;
    private final RootPoster poster;
    private final Clock clock;

    EpochCloser(Epochs epochs, HeartbeatStore heartbeats, EpochStore store, OracleChain chain, Coverage coverage,
                RewardRule rule, Clock clock) {
        this.epochs = epochs;
        this.activity = new Activity(heartbeats, epochs);
        this.heartbeats = heartbeats;
        this.store = store;
        this.chain = chain;
        this.coverage = coverage;
        this.rule = rule;
        this.poster = new RootPoster(chain, store);
        this.clock = clock;
    }

    /**
     * Posts the roots of closed epochs still unposted, then closes and posts every epoch that has ended by
     * the clock; returns the epochs closed by this call. Stops at the first failure: epochs post in order.
     */
    synchronized List<Long> closeDueEpochs() throws IOException, SQLException {
        for (EpochStore.ClosedEpoch epoch : store.unposted()) {
            poster.post(epoch);
        }
        long lastEnded = epochs.numberAt(clock.instant().getEpochSecond()) - 1;
        List<Long> closed = new ArrayList<>();
        for (long epoch = store.lastClosed() + 1; epoch <= lastEnded; epoch++) {
            EpochStore.ClosedEpoch computed = compute(epoch);
            closed.add(epoch);
            poster.post(computed);
        }
        return closed;
    }

    private EpochStore.ClosedEpoch compute(long epoch) throws IOException, SQLException {
        heartbeats.seal(epochs.end(epoch));
        List<Placed> placed = place(activity.coveredSeconds(epoch));
        Map<Long, Integer> perCell = new HashMap<>();
        placed.forEach(p -> perCell.merge(p.cell(), 1, Integer::sum));
        Map<String, BigInteger> stakes = new HashMap<>();
        Map<String, BigInteger> cumulative = new TreeMap<>(store.cumulative(epoch - 1));
        List<EpochStore.DeviceShare> shares = new ArrayList<>();
        BigInteger total = BigInteger.ZERO;
        for (Placed p : placed) {
            BigInteger stake = stakes.get(p.owner());
            if (stake == null) {
                stake = chain.stakeOf(p.owner());
                stakes.put(p.owner(), stake);
            }
            int inCell = perCell.get(p.cell());
            BigInteger reward = rule.reward(p.covered(), inCell, stake);
            shares.add(new EpochStore.DeviceShare(p.device(), p.owner(), Coverage.text(p.cell()), p.covered(), inCell,
                    stake, reward));
            cumulative.merge(p.owner(), reward, BigInteger::add);
            total = total.add(reward);
        }
        cumulative.values().removeIf(amount -> amount.signum() == 0);
        return save(epoch, cumulative, shares, total);
    }

    /** The devices with uptime that are registered at a valid location, with their owner now and their cell. */
    private List<Placed> place(Map<String, Long> covered) throws IOException {
        List<Placed> placed = new ArrayList<>();
        for (Map.Entry<String, Long> entry : covered.entrySet()) {
            var registration = chain.registration(entry.getKey());
            if (registration.isEmpty()) {
                continue;
            }
            OptionalLong cell = coverage.cellOf(registration.get().location());
            if (cell.isPresent()) {
                placed.add(new Placed(entry.getKey(), registration.get().owner(), cell.getAsLong(), entry.getValue()));
            } else {
                LOG.warn("Device {} is registered at {}, which is no H3 cell of resolution 8 or finer: it earns nothing",
                        entry.getKey(), Long.toHexString(registration.get().location()));
            }
        }
        return placed;
    }

    /**
     * Stores the epoch's tree. No owner has earned anything yet: the tree is one zero leaf for the oracle's own
     * address, which no claim can use (a claim must pay more than zero), and no proof is served for it.
     */
    private EpochStore.ClosedEpoch save(long epoch, Map<String, BigInteger> cumulative,
                                        List<EpochStore.DeviceShare> shares, BigInteger total) throws SQLException {
        CumulativeMerkleTree tree = new CumulativeMerkleTree(cumulative.isEmpty()
                ? Map.of(chain.oracleAddress(), BigInteger.ZERO) : cumulative);
        List<EpochStore.OwnerLeaf> leaves = new ArrayList<>();
        cumulative.forEach((owner, amount) -> leaves.add(new EpochStore.OwnerLeaf(owner, amount,
                tree.proof(owner).stream().map(Numeric::toHexString).toList())));
        EpochStore.ClosedEpoch closed = new EpochStore.ClosedEpoch(epoch, Numeric.toHexString(tree.root()), total,
                EpochStore.Status.COMPUTED, null, null);
        store.saveComputed(closed, leaves, shares, clock.instant().getEpochSecond());
        LOG.info("Closed epoch {}: {} devices earned {} in total; {} owners in the tree", epoch, shares.size(), total,
                leaves.size());
        return closed;
    }
}
