package io.outpost.app.cli;

import io.outpost.wallet.Account;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code outpost wallet list}: the wallet's accounts, numbered as {@code --index} counts them; no password. */
@Command(name = "list", mixinStandardHelpOptions = true)
final class WalletListCommand implements Callable<Integer> {
    private final CliContext context;

    @ParentCommand
    WalletCommand parent;

    @Option(names = "--json", descriptionKey = "cli.option.json")
    boolean json;

    WalletListCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        return parent.runOnWallet(context, (services, secrets) -> {
            List<Account> accounts = services.wallet().accounts();
            if (json) {
                context.out().println(toJson(accounts));
                return RootCommand.EXIT_OK;
            }
            for (int i = 0; i < accounts.size(); i++) {
                Account account = accounts.get(i);
                int index = i;
                context.out().println(account.path()
                        .map(path -> context.messages().get("cli.wallet.list.derived", index, account.address().checksummed(), path))
                        .orElseGet(() -> context.messages().get("cli.wallet.list.imported", index, account.address().checksummed())));
            }
            return RootCommand.EXIT_OK;
        });
    }

    /** {@code {"accounts":[{"index","address","path"}]}}, path null for an imported account. */
    private static String toJson(List<Account> accounts) {
        JsonMapper mapper = JsonMapper.builder().build();
        ObjectNode root = mapper.createObjectNode();
        ArrayNode list = root.putArray("accounts");
        for (int i = 0; i < accounts.size(); i++) {
            Account account = accounts.get(i);
            list.addObject().put("index", i).put("address", account.address().checksummed())
                    .put("path", account.path().map(Object::toString).orElse(null));
        }
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }
}
