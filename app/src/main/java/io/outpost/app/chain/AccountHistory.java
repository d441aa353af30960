package io.outpost.app.chain;

import io.outpost.app.transactions.JournalEntry;
import io.outpost.app.transactions.TransactionJournal;
import io.outpost.crypto.Keccak256;
import io.outpost.network.NetworkProfile;
import io.outpost.network.abi.Hex;
import io.outpost.network.rpc.Eth;
import io.outpost.network.rpc.JsonRpcClient;
import io.outpost.network.rpc.RpcRequest;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * An account's history: what the journal recorded of its transactions, merged with what the chain says
 * happened to it — claims (which anyone may send for it), stakes, unstake requests and withdrawals.
 */
public final class AccountHistory {
    private static final List<String> STAKING_EVENTS = List.of("Staked(address,uint256)",
            "UnstakeRequested(address,uint256,uint256)", "Withdrawn(address,uint256)");
    private static final String CLAIMED = "Claimed(address,uint256,uint256)";
    private static final Map<String, String> NAMES = Stream.concat(STAKING_EVENTS.stream(), Stream.of(CLAIMED)).collect(
            Collectors.toMap(AccountHistory::topic, signature -> signature.substring(0, signature.indexOf('('))));

    private final NetworkProfile network;
    private final JsonRpcClient rpc;
    private final TransactionJournal journal;

    public AccountHistory(NetworkProfile network, JsonRpcClient rpc, TransactionJournal journal) {
        this.network = network;
        this.rpc = rpc;
        this.journal = journal;
    }

    /** A contract event of the account: its name ({@code Claimed}, {@code Staked}, …) and the amount it moved. */
    public record Event(String name, BigInteger amount, String transactionHash, long blockNumber) {
    }

    /** One line of history: a transaction of the journal with the events it caused, or an event alone. */
    public record Item(Instant at, Optional<JournalEntry> transaction, List<Event> events) {
        public Item {
            events = List.copyOf(events);
        }
    }

    /** The account's history, newest first. */
    public CompletableFuture<List<Item>> of(String account) {
        // An indexed address is its topic left-padded to 32 bytes.
        List<String> owner = List.of(Hex.encode(new byte[12]) + Hex.address(account).substring(2));
        List<CompletableFuture<JsonNode>> logs = rpc.batch(List.of(
                Eth.logs(network.contracts().rewardsDistributor(), List.of(List.of(topic(CLAIMED)), owner)),
                Eth.logs(network.contracts().staking(),
                        List.of(STAKING_EVENTS.stream().map(AccountHistory::topic).toList(), owner))));
        return logs.get(0).thenCombine(logs.get(1), (claims, staking) -> {
            List<Event> events = new ArrayList<>(events(claims));
            events.addAll(events(staking));
            return events;
        }).thenCompose(events -> merge(account, events));
    }

    private CompletableFuture<List<Item>> merge(String account, List<Event> events) {
        Map<String, List<Event>> byTransaction = events.stream().collect(Collectors.groupingBy(Event::transactionHash));
        List<Item> items = new ArrayList<>();
        for (JournalEntry entry : journal.ofAccount(network.chainId(), account)) {
            items.add(new Item(Instant.ofEpochSecond(entry.recordedAt()), Optional.of(entry),
                    byTransaction.getOrDefault(entry.hash(), List.of())));
            byTransaction.remove(entry.hash());
        }
        List<Event> unrecorded = byTransaction.values().stream().flatMap(List::stream).toList();
        return blockTimes(unrecorded).thenApply(times -> {
            unrecorded.forEach(event -> items.add(new Item(times.get(event.blockNumber()), Optional.empty(), List.of(event))));
            items.sort(Comparator.comparing(Item::at).reversed());
            return items;
        });
    }

    private CompletableFuture<Map<Long, Instant>> blockTimes(List<Event> events) {
        List<Long> blocks = events.stream().map(Event::blockNumber).distinct().toList();
        List<CompletableFuture<JsonNode>> answers = blocks.isEmpty() ? List.of()
                : rpc.batch(blocks.stream()
                        .map(block -> RpcRequest.of("eth_getBlockByNumber", "0x" + Long.toHexString(block), false)).toList());
        return CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).thenApply(done -> blocks.stream().collect(
                Collectors.toMap(Function.identity(), block -> Instant.ofEpochSecond(Eth.quantity(
                        answers.get(blocks.indexOf(block)).join().path("timestamp")).longValueExact()))));
    }

    private static List<Event> events(JsonNode logs) {
        List<Event> events = new ArrayList<>();
        for (JsonNode log : logs) {
            byte[] data = Eth.data(log.path("data"));
            events.add(new Event(NAMES.get(log.path("topics").path(0).asString().toLowerCase(Locale.ROOT)),
                    new BigInteger(1, Arrays.copyOf(data, 32)), log.path("transactionHash").asString(),
                    Eth.quantity(log.path("blockNumber")).longValueExact()));
        }
        return events;
    }

    private static String topic(String signature) {
        return Hex.encode(Keccak256.hash(signature.getBytes(StandardCharsets.US_ASCII)));
    }
}
