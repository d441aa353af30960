package io.outpost.devnet.oracle;

import java.math.BigInteger;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Closed epochs: the tree of owners' cumulative amounts with every proof, each device's share, and how far
 * posting the root has come. An epoch's tree is stored before its root is sent, so a restart posts the same
 * root and serves proofs for exactly what was posted.
 */
final class EpochStore {
    private static final String SHARE_COLUMNS = "SELECT device, owner, cell, covered, cell_devices, stake, reward"
            + " FROM epoch_devices";
    private static final String EPOCH_COLUMNS = "SELECT epoch, root, total, status, tx_hash, raw_tx FROM epochs ";

    /** How far the root of a closed epoch is: computed, sent as a transaction of known hash, or posted. */
    enum Status { COMPUTED, SENT, POSTED }

    record ClosedEpoch(long epoch, String root, BigInteger total, Status status, String txHash, String rawTx) {
    }

    record OwnerLeaf(String owner, BigInteger cumulative, List<String> proof) {
    }

    record DeviceShare(String device, String owner, String cell, long covered, int cellDevices, BigInteger stake,
                       BigInteger reward) {
    }

    private final OracleDatabase database;

    EpochStore(OracleDatabase database) {
        this.database = database;
    }

    void saveComputed(ClosedEpoch epoch, List<OwnerLeaf> leaves, List<DeviceShare> shares, long closedAt)
            throws SQLException {
        database.transaction(c -> {
            OracleDatabase.update(c, "INSERT INTO epochs (epoch, root, total, status, tx_hash, raw_tx, closed_at)"
                    + " VALUES (?, ?, ?, ?, NULL, NULL, ?)", epoch.epoch(), epoch.root(), epoch.total().toString(),
                    Status.COMPUTED.name(), closedAt);
            for (OwnerLeaf leaf : leaves) {
                OracleDatabase.update(c, "INSERT INTO epoch_owners (epoch, owner, cumulative, proof) VALUES (?, ?, ?, ?)",
                        epoch.epoch(), leaf.owner(), leaf.cumulative().toString(), String.join(",", leaf.proof()));
            }
            insertShares(c, epoch.epoch(), shares);
            return null;
        });
    }

    private static void insertShares(Connection c, long epoch, List<DeviceShare> shares) throws SQLException {
        for (DeviceShare share : shares) {
            OracleDatabase.update(c, "INSERT INTO epoch_devices (epoch, device, owner, cell, covered, cell_devices,"
                    + " stake, reward) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", epoch, share.device(), share.owner(),
                    share.cell(), share.covered(), share.cellDevices(), share.stake().toString(),
                    share.reward().toString());
        }
    }

    /** Records the signed transaction before it is sent, so a restart tracks it instead of sending another. */
    void markSent(long epoch, OracleChain.SignedPost post) throws SQLException {
        update(epoch, Status.SENT, post.hash(), post.raw());
    }

    void markPosted(long epoch, String txHash) throws SQLException {
        update(epoch, Status.POSTED, txHash, null);
    }

    /** Forgets a transaction that reverted, so the next attempt signs a new one. */
    void clearSent(long epoch) throws SQLException {
        update(epoch, Status.COMPUTED, null, null);
    }

    private void update(long epoch, Status status, String txHash, String rawTx) throws SQLException {
        database.update("UPDATE epochs SET status = ?, tx_hash = ?, raw_tx = ? WHERE epoch = ?", status.name(), txHash,
                rawTx, epoch);
    }

    /** The highest closed epoch, 0 when none is. */
    long lastClosed() throws SQLException {
        return database.list("SELECT COALESCE(MAX(epoch), 0) FROM epochs", result -> result.getLong(1)).getFirst();
    }

    /** Closed epochs whose root is not posted yet, oldest first. */
    List<ClosedEpoch> unposted() throws SQLException {
        return database.list(EPOCH_COLUMNS + "WHERE status <> 'POSTED' ORDER BY epoch", EpochStore::epoch);
    }

    /** Posted epochs, oldest first. */
    List<ClosedEpoch> posted() throws SQLException {
        return database.list(EPOCH_COLUMNS + "WHERE status = 'POSTED' ORDER BY epoch", EpochStore::epoch);
    }

    private static ClosedEpoch epoch(ResultSet result) throws SQLException {
        return new ClosedEpoch(result.getLong(1), result.getString(2), new BigInteger(result.getString(3)),
                Status.valueOf(result.getString(4)), result.getString(5), result.getString(6));
    }

    /** Every owner's cumulative amount in an epoch's tree. */
    Map<String, BigInteger> cumulative(long epoch) throws SQLException {
        Map<String, BigInteger> amounts = new LinkedHashMap<>();
        for (OwnerLeaf leaf : database.list("SELECT owner, cumulative, proof FROM epoch_owners WHERE epoch = ?"
                + " ORDER BY owner", EpochStore::leaf, epoch)) {
            amounts.put(leaf.owner(), leaf.cumulative());
        }
        return amounts;
    }

    Optional<OwnerLeaf> leaf(long epoch, String owner) throws SQLException {
        return database.first("SELECT owner, cumulative, proof FROM epoch_owners WHERE epoch = ? AND owner = ?",
                EpochStore::leaf, epoch, owner);
    }

    private static OwnerLeaf leaf(ResultSet result) throws SQLException {
        String proof = result.getString(3);
        return new OwnerLeaf(result.getString(1), new BigInteger(result.getString(2)),
                proof.isEmpty() ? List.of() : Arrays.asList(proof.split(",")));
    }

    List<DeviceShare> shares(long epoch) throws SQLException {
        return database.list(SHARE_COLUMNS + " WHERE epoch = ? ORDER BY cell, device", EpochStore::share, epoch);
    }

    /** The device's share of a closed epoch; empty when it was not paid in it. */
    Optional<DeviceShare> share(long epoch, String device) throws SQLException {
        return database.first(SHARE_COLUMNS + " WHERE epoch = ? AND device = ?", EpochStore::share, epoch, device);
    }

    private static DeviceShare share(ResultSet result) throws SQLException {
        return new DeviceShare(result.getString(1), result.getString(2), result.getString(3), result.getLong(4),
                result.getInt(5), new BigInteger(result.getString(6)), new BigInteger(result.getString(7)));
    }
}
