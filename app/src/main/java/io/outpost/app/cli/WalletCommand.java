package io.outpost.app.cli;

import io.outpost.app.AppServices;
import io.outpost.app.networks.Networks.UnknownNetworkException;
import io.outpost.app.storage.AppDirectories;
import io.outpost.i18n.Messages;
import io.outpost.network.NetworkProfile;
import io.outpost.wallet.keys.Address;
import io.outpost.wallet.keys.InvalidMnemonicException;
import io.outpost.wallet.keystore.KeystoreException;
import io.outpost.wallet.keystore.MalformedKeystoreException;
import io.outpost.wallet.keystore.UnsafeKdfException;
import io.outpost.wallet.keystore.WrongPasswordException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code outpost wallet}: the wallet from the command line. Secrets come from files, never from argv. Exit 2
 * for bad input or a wrong password (the message says which), 4 when the chain cannot be read.
 */
@Command(name = "wallet", mixinStandardHelpOptions = true)
final class WalletCommand {
    @ParentCommand
    RootCommand root;

    static CommandLine withSubcommands(CliContext context) {
        return new CommandLine(new WalletCommand())
                .addSubcommand(new WalletCreateCommand(context))
                .addSubcommand(new WalletImportCommand(context))
                .addSubcommand(new WalletListCommand(context))
                .addSubcommand(new WalletAddressCommand(context))
                .addSubcommand(new WalletAddAccountCommand(context))
                .addSubcommand(new WalletBalanceCommand(context))
                .addSubcommand(new WalletClaimCommand(context))
                .addSubcommand(new WalletStakingCommands.Stake(context))
                .addSubcommand(new WalletStakingCommands.Unstake(context))
                .addSubcommand(new WalletStakingCommands.Withdraw(context))
                .addSubcommand(new WalletSendCommand(context))
                .addSubcommand(new WalletReplaceCommands.SpeedUp(context))
                .addSubcommand(new WalletReplaceCommands.Cancel(context))
                .addSubcommand(new WalletHistoryCommand(context));
    }

    /** What a wallet subcommand does; returns the exit code. */
    @FunctionalInterface
    interface Action {
        int run(AppServices services, SecretFiles secrets) throws IOException, KeystoreException, InvalidMnemonicException,
                SecretFiles.UnreadableException;
    }

    /** Runs {@code action} with the app's services, telling the user plainly what went wrong. */
    int run(CliContext context, Action action) {
        return run(context, root, action);
    }

    /** {@link #run(CliContext, Action)} for a command outside {@code outpost wallet} that signs (onboarding). */
    static int run(CliContext context, RootCommand root, Action action) {
        AppDirectories directories = root.prepareDirectories();
        if (directories == null) {
            return RootCommand.EXIT_USAGE;
        }
        Messages messages = context.messages();
        try (AppServices services = context.services(directories)) {
            return action.run(services, new SecretFiles(messages, context.err()));
        } catch (KeystoreException e) {
            return usage(context, messages.get(switch (e) {
                case WrongPasswordException wrong -> "cli.wallet.wrongPassword";
                case UnsafeKdfException unsafe -> "cli.wallet.unsafeKdf";
                case MalformedKeystoreException malformed -> "cli.wallet.malformedKeystore";
            }));
        } catch (InvalidMnemonicException e) {
            return usage(context, mnemonicProblem(e, messages));
        } catch (SecretFiles.UnreadableException e) {
            return usage(context, messages.get("cli.wallet.unreadableFile", e.file()));
        } catch (IOException e) {
            LoggerFactory.getLogger(WalletCommand.class).error("The wallet folder could not be used", e);
            context.err().println(messages.get("cli.wallet.storage", directories.keystores()));
            return RootCommand.EXIT_SOFTWARE;
        }
    }

    /** Like {@link #run}, for commands that need a wallet: exit 2 with a hint when there is none yet. */
    int runOnWallet(CliContext context, Action action) {
        return runOnWallet(context, root, action);
    }

    static int runOnWallet(CliContext context, RootCommand root, Action action) {
        return run(context, root, (services, secrets) -> services.wallet().exists()
                ? action.run(services, secrets)
                : usage(context, context.messages().get("cli.wallet.none")));
    }

    /** The network {@code id} names (the active one when null); null after telling the user the id is unknown. */
    static NetworkProfile network(CliContext context, AppServices services, String id) {
        try {
            return id == null ? services.networks().active() : services.networks().profile(id);
        } catch (UnknownNetworkException e) {
            usage(context, context.messages().get("cli.network.unknown", e.id(), String.join(", ", e.known())));
            return null;
        }
    }

    /** The address of account {@code index}; null after telling the user the wallet has no such account. */
    static Address account(CliContext context, AppServices services, int index) throws IOException {
        Optional<Address> address = services.wallet().address(index);
        if (address.isEmpty()) {
            usage(context, context.messages().get("cli.wallet.staking.noAccount", index));
        }
        return address.orElse(null);
    }

    /** Prints {@code message} to standard error; exit 2. */
    static int usage(CliContext context, String message) {
        context.err().println(message);
        return RootCommand.EXIT_USAGE;
    }

    /** The password in {@code file}, refused when the option is missing or the password empty; null then. */
    static char[] password(CliContext context, SecretFiles secrets, Path file) throws SecretFiles.UnreadableException {
        if (file == null) {
            usage(context, context.messages().get("cli.wallet.passwordFileRequired"));
            return null;
        }
        char[] password = secrets.firstLine(file);
        if (password.length == 0) {
            usage(context, context.messages().get("cli.wallet.emptyPassword", file));
            return null;
        }
        return password;
    }

    private static String mnemonicProblem(InvalidMnemonicException e, Messages messages) {
        return switch (e.reason()) {
            case UNKNOWN_WORD -> e.suggestions().isEmpty()
                    ? messages.get("cli.wallet.unknownWord", e.position())
                    : messages.get("cli.wallet.unknownWordSuggest", e.position(), String.join(", ", e.suggestions()));
            case WORD_COUNT -> messages.get("cli.wallet.wordCount");
            case CHECKSUM -> messages.get("cli.wallet.checksum");
        };
    }
}
