package io.outpost.app.cli;

import io.outpost.app.chain.AccountHistory;
import io.outpost.app.networks.NetworkNames;
import io.outpost.app.transactions.JournalEntry;
import io.outpost.i18n.Messages;
import io.outpost.network.NetworkProfile;
import io.outpost.network.http.Http;
import io.outpost.wallet.keys.Address;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code outpost wallet history}: an account's transactions as this computer recorded them, with what they
 * did on-chain, and the rewards claims, stakes and withdrawals the chain knows of; newest first. No password.
 * A transaction still waiting shows its hash, for {@code speed-up} and {@code cancel}.
 */
@Command(name = "history", mixinStandardHelpOptions = true)
final class WalletHistoryCommand implements Callable<Integer> {
    private final CliContext context;

    @ParentCommand
    WalletCommand parent;

    @Option(names = "--network", paramLabel = "ID", descriptionKey = "cli.option.walletNetwork")
    String network;

    @Option(names = "--account", paramLabel = "I", descriptionKey = "cli.option.account")
    int account;

    @Option(names = "--json", descriptionKey = "cli.option.json")
    boolean json;

    WalletHistoryCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Messages messages = context.messages();
        return parent.runOnWallet(context, (services, secrets) -> {
            NetworkProfile profile = WalletCommand.network(context, services, network);
            Address owner = WalletCommand.account(context, services, account);
            if (owner == null) {
                return RootCommand.EXIT_USAGE;
            }
            if (profile == null) {
                return RootCommand.EXIT_USAGE;
            }
            try {
                List<AccountHistory.Item> items = services.chain().history(profile).of(owner.value()).join();
                context.out().println(json ? toJson(profile, owner, items) : text(profile, owner, items, messages));
                return RootCommand.EXIT_OK;
            } catch (CompletionException e) {
                LoggerFactory.getLogger(WalletHistoryCommand.class).warn("History of {} unreadable", owner.checksummed(), Http.unwrap(e));
                context.err().println(messages.get("cli.wallet.staking.unreachable", NetworkNames.of(profile, messages)));
                return RootCommand.EXIT_NETWORK;
            }
        });
    }

    private static String text(NetworkProfile profile, Address owner, List<AccountHistory.Item> items, Messages messages) {
        return items.isEmpty() ? messages.get("cli.wallet.history.empty", owner.checksummed())
                : String.join(System.lineSeparator(), items.stream().map(item -> line(item, profile, messages)).toList());
    }

    private static String line(AccountHistory.Item item, NetworkProfile profile, Messages messages) {
        StringBuilder line = new StringBuilder(messages.formats().dateTime(item.at()));
        item.transaction().ifPresent(tx -> line.append("  ").append(messages.get("cli.wallet.history.transaction",
                tx.to().map(to -> new Address(to).checksummed()).orElse("-"), state(tx.state(), messages)))
                .append(tx.state() == JournalEntry.State.PENDING ? "  " + messages.get("cli.wallet.history.replaceHint", tx.hash()) : ""));
        for (AccountHistory.Event event : item.events()) {
            String amount = messages.tokenAmount(event.amount(), profile.token().decimals(), profile.token().symbol());
            line.append("  ").append(messages.get(switch (event.name()) {
                case "Claimed" -> "cli.wallet.history.event.claimed";
                case "Staked" -> "cli.wallet.history.event.staked";
                case "UnstakeRequested" -> "cli.wallet.history.event.unstakeRequested";
                default -> "cli.wallet.history.event.withdrawn";
            }, amount));
        }
        return line.toString();
    }

    static String state(JournalEntry.State state, Messages messages) {
        return messages.get(switch (state) {
            case PENDING -> "cli.wallet.history.state.pending";
            case MINED -> "cli.wallet.history.state.mined";
            case REVERTED -> "cli.wallet.history.state.reverted";
            case REPLACED -> "cli.wallet.history.state.replaced";
            case REJECTED -> "cli.wallet.history.state.rejected";
        });
    }

    /**
     * One document: the account, the network, and the items newest first, each with its time (ISO-8601), its
     * transaction (null for an event alone; {@code to} null for a deployment) and its events, amounts as decimal
     * strings of the token's smallest unit.
     */
    private static String toJson(NetworkProfile profile, Address owner, List<AccountHistory.Item> items) {
        JsonMapper mapper = JsonMapper.builder().build();
        ObjectNode root = mapper.createObjectNode();
        root.put("account", owner.checksummed());
        root.put("network", profile.id());
        ArrayNode list = root.putArray("items");
        for (AccountHistory.Item item : items) {
            ObjectNode node = list.addObject().put("time", item.at().toString());
            item.transaction().ifPresentOrElse(tx -> node.putObject("transaction").put("hash", tx.hash())
                    .put("state", tx.state().name().toLowerCase(Locale.ROOT))
                    .put("to", tx.to().map(to -> new Address(to).checksummed()).orElse(null))
                    .put("nonce", tx.nonce()), () -> node.putNull("transaction"));
            ArrayNode events = node.putArray("events");
            item.events().forEach(event -> events.addObject().put("name", event.name()).put("amount", event.amount().toString())
                    .put("transactionHash", event.transactionHash()).put("blockNumber", event.blockNumber()));
        }
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }
}
