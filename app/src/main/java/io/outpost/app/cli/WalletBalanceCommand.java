package io.outpost.app.cli;

import io.outpost.app.networks.NetworkNames;
import io.outpost.app.wallet.Balances.AccountBalance;
import io.outpost.i18n.Messages;
import io.outpost.network.NetworkProfile;
import io.outpost.network.http.Http;
import io.outpost.wallet.Account;
import java.math.BigInteger;
import java.util.List;
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
 * {@code outpost wallet balance}: native coin, token, staked and claimable of every account on a network
 * (the active one by default), token amounts exact in the token's decimals. Exit 4 when the chain cannot be read.
 */
@Command(name = "balance", mixinStandardHelpOptions = true)
final class WalletBalanceCommand implements Callable<Integer> {
    private static final int ETHER_DECIMALS = 18;

    private final CliContext context;

    @ParentCommand
    WalletCommand parent;

    @Option(names = "--network", paramLabel = "ID", descriptionKey = "cli.option.walletNetwork")
    String network;

    @Option(names = "--json", descriptionKey = "cli.option.json")
    boolean json;

    WalletBalanceCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Messages messages = context.messages();
        return parent.runOnWallet(context, (services, secrets) -> {
            NetworkProfile profile = WalletCommand.network(context, services, network);
            if (profile == null) {
                return RootCommand.EXIT_USAGE;
            }
            List<AccountBalance> balances;
            try {
                balances = services.chain().balances(profile)
                        .of(services.wallet().accounts().stream().map(Account::address).toList()).join();
            } catch (CompletionException e) {
                LoggerFactory.getLogger(WalletBalanceCommand.class).warn("Balances on {} could not be read", profile.id(), Http.unwrap(e));
                context.err().println(messages.get("cli.wallet.balance.unreachable", NetworkNames.of(profile, messages)));
                return RootCommand.EXIT_NETWORK;
            }
            context.out().println(json ? toJson(profile, balances) : text(profile, balances, messages));
            return RootCommand.EXIT_OK;
        });
    }

    private static String text(NetworkProfile profile, List<AccountBalance> balances, Messages messages) {
        StringBuilder text = new StringBuilder(messages.get("cli.wallet.balance.network", NetworkNames.of(profile, messages)));
        NetworkProfile.TokenInfo token = profile.token();
        for (AccountBalance balance : balances) {
            String nl = System.lineSeparator();
            text.append(nl).append(balance.address().checksummed())
                    .append(nl).append("  ").append(messages.get("cli.wallet.balance.native", messages.tokenAmount(balance.ether(), ETHER_DECIMALS, "ETH")))
                    .append(nl).append("  ").append(messages.get("cli.wallet.balance.tokens", messages.tokenAmount(balance.tokens(), token.decimals(), token.symbol())))
                    .append(nl).append("  ").append(messages.get("cli.wallet.balance.staked", messages.tokenAmount(balance.staked(), token.decimals(), token.symbol())))
                    .append(nl).append("  ").append(balance.claimable()
                            .map(amount -> messages.get("cli.wallet.balance.claimable", messages.tokenAmount(amount, token.decimals(), token.symbol())))
                            .orElseGet(() -> messages.get("cli.wallet.balance.claimableUnknown")));
        }
        return text.toString();
    }

    /** Amounts as decimal strings of base units (as the oracle's API writes them); claimable null if unknown. */
    private static String toJson(NetworkProfile profile, List<AccountBalance> balances) {
        JsonMapper mapper = JsonMapper.builder().build();
        ObjectNode root = mapper.createObjectNode();
        root.put("network", profile.id());
        root.putObject("token").put("symbol", profile.token().symbol()).put("decimals", profile.token().decimals());
        ArrayNode accounts = root.putArray("accounts");
        for (AccountBalance balance : balances) {
            accounts.addObject().put("address", balance.address().checksummed())
                    .put("ether", balance.ether().toString())
                    .put("tokens", balance.tokens().toString())
                    .put("staked", balance.staked().toString())
                    .put("claimable", balance.claimable().map(BigInteger::toString).orElse(null));
        }
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }
}
