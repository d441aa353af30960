package io.outpost.app.cli;

import io.outpost.wallet.keys.Address;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import tools.jackson.databind.json.JsonMapper;

/** {@code outpost wallet address [--index i]}: the EIP-55 address of account i; needs no password. */
@Command(name = "address", mixinStandardHelpOptions = true)
final class WalletAddressCommand implements Callable<Integer> {
    private final CliContext context;

    @ParentCommand
    WalletCommand parent;

    @Option(names = "--index", paramLabel = "I", descriptionKey = "cli.option.accountIndex")
    int index;

    @Option(names = "--json", descriptionKey = "cli.option.json")
    boolean json;

    WalletAddressCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        return parent.runOnWallet(context, (services, secrets) -> {
            Optional<Address> address = services.wallet().address(index);
            if (address.isEmpty()) {
                return WalletCommand.usage(context, context.messages().get("cli.wallet.noAccount", index,
                        services.wallet().accounts().size()));
            }
            context.out().println(json
                    ? JsonMapper.builder().build().createObjectNode().put("index", index)
                            .put("address", address.get().checksummed()).toString()
                    : address.get().checksummed());
            return RootCommand.EXIT_OK;
        });
    }
}
