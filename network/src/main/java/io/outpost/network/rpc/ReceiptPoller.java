package io.outpost.network.rpc;

import io.outpost.network.abi.Hex;
import io.outpost.network.http.Delayer;
import io.outpost.network.http.Http;
import io.outpost.network.http.Transient;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * Watches a sent transaction by its hash and its sender's nonce until one of them settles it. It never
 * gives up after a timeout and never re-sends: web3j's poller gave up after 600 s and users who then sent
 * again paid twice (web3j issue 332). To stop watching, cancel the future.
 */
public final class ReceiptPoller {
    private static final Logger LOG = LoggerFactory.getLogger(ReceiptPoller.class);

    private final JsonRpcClient rpc;
    private final Delayer delayer;
    private final Duration interval;

    public ReceiptPoller(JsonRpcClient rpc, Delayer delayer, Duration interval) {
        this.rpc = Objects.requireNonNull(rpc, "rpc");
        this.delayer = Objects.requireNonNull(delayer, "delayer");
        this.interval = Objects.requireNonNull(interval, "interval");
    }

    /** How a sent transaction ended. */
    public sealed interface Outcome {
        /** It was mined; {@link Receipt#success()} says whether it reverted. */
        record Mined(Receipt receipt) implements Outcome {
        }

        /** Another transaction of the sender with the same nonce was mined: this one never will be. */
        record Replaced(String transactionHash, long nonce) implements Outcome {
        }
    }

    /**
     * Completes when transaction {@code hash}, sent by {@code sender} with {@code nonce}, is mined, or when
     * the sender's mined nonce passes {@code nonce} without it. Transient faults only delay the next poll;
     * a JSON-RPC error or a bad answer fails the future.
     */
    public CompletableFuture<Outcome> track(String hash, String sender, long nonce) {
        CompletableFuture<Outcome> outcome = new CompletableFuture<>();
        poll(hash.toLowerCase(Locale.ROOT), Hex.address(sender), nonce, outcome);
        return outcome;
    }

    private void poll(String hash, String sender, long nonce, CompletableFuture<Outcome> outcome) {
        if (outcome.isDone()) {
            return;
        }
        List<CompletableFuture<JsonNode>> answers = rpc.batch(List.of(Eth.transactionReceipt(hash), Eth.transactionCount(sender)));
        answers.get(0).thenCombine(answers.get(1), (receipt, count) -> {
            if (!receipt.isNull()) {
                return CompletableFuture.<Outcome>completedFuture(new Outcome.Mined(Receipt.read(receipt)));
            }
            if (Eth.quantity(count).longValueExact() > nonce) {
                // The nonce was used; ask once more, since this transaction may have been mined in between.
                return rpc.call("eth_getTransactionReceipt", hash).thenApply(again -> again.isNull()
                        ? new Outcome.Replaced(hash, nonce) : (Outcome) new Outcome.Mined(Receipt.read(again)));
            }
            return CompletableFuture.<Outcome>completedFuture(null);
        }).thenCompose(next -> next).whenComplete((settled, error) -> {
            if (error != null && !(Http.unwrap(error) instanceof Transient)) {
                outcome.completeExceptionally(Http.unwrap(error));
            } else if (settled != null) {
                outcome.complete(settled);
            } else {
                if (error != null) {
                    LOG.debug("transaction {} not checked this time: {}", hash, Http.unwrap(error).getMessage());
                }
                delayer.after(interval).thenRun(() -> poll(hash, sender, nonce, outcome));
            }
        });
    }
}
