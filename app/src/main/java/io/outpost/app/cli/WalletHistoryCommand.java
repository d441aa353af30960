package io.outpost.app.cli;

import io.outpost.app.chain.AccountHistory;
import io.outpost.app.networks.NetworkNames;
import io.outpost.app.transactions.JournalEntry;
import io.outpost.i18n.Messages;
import io.outpost.network.NetworkProfile;
import io.outpost.network.http.Http;
import io.outpost.wallet.keys.Address;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code outpost wallet history}: an account's transactions as this computer recorded them, with what they
 * did on-chain, and the rewards claims, stakes and withdrawals the chain knows of; newest first. No password.
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
                List<AccountHistory.Item> items = services.history(profile).of(owner.value()).join();
                context.out().println(items.isEmpty() ? messages.get("cli.wallet.history.empty", owner.checksummed())
                        : String.join(System.lineSeparator(), items.stream().map(item -> line(item, profile, messages)).toList()));
                return RootCommand.EXIT_OK;
            } catch (CompletionException e) {
                LoggerFactory.getLogger(WalletHistoryCommand.class).warn("History of {} unreadable", owner.checksummed(), Http.unwrap(e));
                context.err().println(messages.get("cli.wallet.staking.unreachable", NetworkNames.of(profile, messages)));
                return RootCommand.EXIT_NETWORK;
            }
        });
    }

    private static String line(AccountHistory.Item item, NetworkProfile profile, Messages messages) {
        StringBuilder line = new StringBuilder(messages.formats().dateTime(item.at()));
        item.transaction().ifPresent(tx -> line.append("  ").append(messages.get("cli.wallet.history.transaction",
                tx.to().map(to -> new Address(to).checksummed()).orElse("-"), state(tx.state(), messages))));
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

    private static String state(JournalEntry.State state, Messages messages) {
        return messages.get(switch (state) {
            case PENDING -> "cli.wallet.history.state.pending";
            case MINED -> "cli.wallet.history.state.mined";
            case REVERTED -> "cli.wallet.history.state.reverted";
            case REPLACED -> "cli.wallet.history.state.replaced";
            case REJECTED -> "cli.wallet.history.state.rejected";
        });
    }
}
