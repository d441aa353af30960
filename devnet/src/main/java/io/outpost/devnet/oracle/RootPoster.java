package io.outpost.devnet.oracle;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.utils.Numeric;

/**
 * Posts a closed epoch's root with {@code postRoot}, never twice: the signed transaction and its hash are
 * stored before it is sent and then tracked by hash; after a restart the same transaction is handed to the
 * node again (a node that has it ignores it). An epoch the distributor already has is only recorded.
 */
final class RootPoster {
    private static final Logger LOG = LoggerFactory.getLogger(RootPoster.class);
    private static final Duration RECEIPT_WAIT = Duration.ofSeconds(60);
    private static final Duration POLL = Duration.ofMillis(100);

    private final OracleChain chain;
    private final EpochStore store;

    RootPoster(OracleChain chain, EpochStore store) {
        this.chain = chain;
        this.store = store;
    }

    void post(EpochStore.ClosedEpoch epoch) throws IOException, SQLException {
        if (chain.postedEpoch() >= epoch.epoch()) {
            LOG.info("Epoch {} is already posted on-chain; recorded", epoch.epoch());
            store.markPosted(epoch.epoch(), epoch.txHash());
            return;
        }
        OracleChain.SignedPost post = epoch.rawTx() != null ? new OracleChain.SignedPost(epoch.txHash(), epoch.rawTx())
                : sign(epoch);
        chain.broadcast(post);
        TransactionReceipt receipt = awaitReceipt(post.hash())
                .orElseThrow(() -> new IOException("no receipt yet for the root of epoch " + epoch.epoch() + " ("
                        + post.hash() + "); it is tracked on the next attempt"));
        if (receipt.isStatusOK() || chain.postedEpoch() >= epoch.epoch()) {
            store.markPosted(epoch.epoch(), post.hash());
            LOG.info("Posted the root of epoch {}: {} (total {}) in {}", epoch.epoch(), epoch.root(), epoch.total(),
                    post.hash());
            return;
        }
        store.clearSent(epoch.epoch());
        throw new IOException("postRoot for epoch " + epoch.epoch() + " reverted (" + post.hash() + ")");
    }

    private OracleChain.SignedPost sign(EpochStore.ClosedEpoch epoch) throws IOException, SQLException {
        OracleChain.SignedPost post = chain.signPost(epoch.epoch(), Numeric.hexStringToByteArray(epoch.root()),
                epoch.total());
        store.markSent(epoch.epoch(), post);
        return post;
    }

    private Optional<TransactionReceipt> awaitReceipt(String hash) throws IOException {
        long deadline = System.nanoTime() + RECEIPT_WAIT.toNanos();
        while (true) {
            Optional<TransactionReceipt> receipt = chain.receipt(hash);
            if (receipt.isPresent() || System.nanoTime() > deadline) {
                return receipt;
            }
            try {
                Thread.sleep(POLL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for " + hash, e);
            }
        }
    }
}
