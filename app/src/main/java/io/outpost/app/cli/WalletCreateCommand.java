package io.outpost.app.cli;

import io.outpost.app.wallet.WalletService;
import io.outpost.wallet.keys.Mnemonic;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code outpost wallet create}: new recovery words, printed this once with a warning to write them down,
 * and the address of account 0. The wallet is saved encrypted with the password from {@code --password-file}.
 */
@Command(name = "create", mixinStandardHelpOptions = true)
final class WalletCreateCommand implements Callable<Integer> {
    private final CliContext context;

    @ParentCommand
    WalletCommand parent;

    @Option(names = "--words", paramLabel = "N", descriptionKey = "cli.option.words")
    int words = Mnemonic.DEFAULT_WORDS;

    @Option(names = "--password-file", paramLabel = "FILE", descriptionKey = "cli.option.passwordFile")
    Path passwordFile;

    @Option(names = "--passphrase-file", paramLabel = "FILE", descriptionKey = "cli.option.passphraseFile")
    Path passphraseFile;

    @Option(names = "--json", descriptionKey = "cli.option.json")
    boolean json;

    WalletCreateCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (words != 12 && words != 24) {
            return WalletCommand.usage(context, context.messages().get("cli.wallet.create.words", words));
        }
        return parent.run(context, (services, secrets) -> {
            WalletService wallet = services.wallet();
            if (wallet.exists()) {
                return WalletCommand.usage(context, context.messages().get("cli.wallet.exists", services.directories().keystores()));
            }
            char[] passphrase = passphraseFile == null ? new char[0] : secrets.firstLine(passphraseFile);
            char[] password = WalletCommand.password(context, secrets, passwordFile);
            if (password == null) {
                return RootCommand.EXIT_USAGE;
            }
            print(wallet.create(words, passphrase, password));
            return RootCommand.EXIT_OK;
        });
    }

    private void print(WalletService.Created created) {
        List<String> words = created.mnemonic().words();
        if (json) {
            JsonMapper mapper = JsonMapper.builder().build();
            ObjectNode root = mapper.createObjectNode();
            root.put("address", created.address().checksummed());
            words.forEach(root.putArray("words")::add);
            context.out().println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root));
            return;
        }
        context.out().println(context.messages().get("cli.wallet.create.writeDown", words.size()));
        for (int i = 0; i < words.size(); i++) {
            context.out().printf("%2d. %s%n", i + 1, words.get(i));
        }
        context.out().println();
        context.out().println(context.messages().get("cli.wallet.address", 0, created.address().checksummed()));
    }
}
