package io.outpost.app.cli;

import io.outpost.wallet.WalletStateException;
import io.outpost.wallet.keys.Address;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code outpost wallet add-account}: derives the next account from the recovery words (as MetaMask's "add
 * account" does) and prints its number and address. Exit 2 for a wrong password or a wallet without words.
 */
@Command(name = "add-account", mixinStandardHelpOptions = true)
final class WalletAddAccountCommand implements Callable<Integer> {
    private final CliContext context;

    @ParentCommand
    WalletCommand parent;

    @Option(names = "--password-file", paramLabel = "FILE", descriptionKey = "cli.option.passwordFile")
    Path passwordFile;

    @Option(names = "--json", descriptionKey = "cli.option.json")
    boolean json;

    WalletAddAccountCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        return parent.runOnWallet(context, (services, secrets) -> {
            char[] password = WalletCommand.password(context, secrets, passwordFile);
            if (password == null) {
                return RootCommand.EXIT_USAGE;
            }
            Address added;
            try {
                added = services.wallet().addAccount(password);
            } catch (WalletStateException e) {
                return WalletCommand.usage(context, context.messages().get("cli.wallet.addAccount.noWords"));
            }
            int index = services.wallet().accounts().stream().map(account -> account.address()).toList().indexOf(added);
            context.out().println(json
                    ? JsonMapper.builder().build().createObjectNode().put("index", index)
                            .put("address", added.checksummed()).toString()
                    : context.messages().get("cli.wallet.addAccount.added", index, added.checksummed()));
            return RootCommand.EXIT_OK;
        });
    }
}
