package io.outpost.app.cli;

import io.outpost.app.chain.ReplacePending;
import io.outpost.app.networks.NetworkNames;
import io.outpost.app.transactions.JournalEntry;
import io.outpost.app.transactions.WrongChainException;
import io.outpost.i18n.Messages;
import io.outpost.network.NetworkProfile;
import io.outpost.network.http.Http;
import io.outpost.network.rpc.ReceiptPoller.Outcome;
import io.outpost.network.rpc.RpcException;
import io.outpost.wallet.Account;
import io.outpost.wallet.UnlockedWallet;
import io.outpost.wallet.keys.Address;
import io.outpost.wallet.tx.SignedTransaction;
import io.outpost.wallet.tx.Transaction;
import io.outpost.wallet.tx.TransactionSigner;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code outpost wallet speed-up HASH} and {@code cancel HASH}: a transaction of the journal still waiting to be
 * mined is replaced by one with the same nonce and higher fees (the same transaction, or a transfer of nothing to
 * the account itself). Exit 2 for a hash that is not waiting or a wrong password, 4 when the network refuses.
 */
final class WalletReplaceCommands {
    private WalletReplaceCommands() {
    }

    /** How a command replaces the transaction: {@link ReplacePending#speedUp} or {@link ReplacePending#cancel}. */
    @FunctionalInterface
    interface Replacement {
        CompletableFuture<Outcome> replace(ReplacePending replacing, String hash, Function<Transaction, SignedTransaction> signer);
    }

    /** What both commands share: the hash, the wallet, the network, and how the outcome is told. */
    abstract static class ReplaceCommand implements Callable<Integer> {
        private final CliContext context;
        private final Replacement replacement;
        // The message once the replacement is mined: {0} its hash, {1} the original's.
        private final String doneKey;

        @ParentCommand
        WalletCommand parent;

        @Parameters(index = "0", paramLabel = "HASH", descriptionKey = "cli.parameter.transactionHash")
        String hash;

        @Mixin
        SigningOptions signing;

        ReplaceCommand(CliContext context, Replacement replacement, String doneKey) {
            this.context = context;
            this.replacement = replacement;
            this.doneKey = doneKey;
        }

        @Override
        public Integer call() {
            return parent.runOnWallet(context, (services, secrets) -> {
                NetworkProfile profile = WalletCommand.network(context, services, signing.network);
                if (profile == null) {
                    return RootCommand.EXIT_USAGE;
                }
                ReplacePending replacing = services.chain().replacePending(profile);
                JournalEntry original;
                try {
                    original = replacing.pending(hash);
                } catch (ReplacePending.UnknownTransactionException | ReplacePending.NotPendingException e) {
                    return notReplaceable(e);
                }
                Address from = new Address(original.account());
                if (services.wallet().accounts().stream().map(Account::address).noneMatch(from::equals)) {
                    return WalletCommand.usage(context, context.messages().get("cli.wallet.replace.notOurs", original.hash(), from.checksummed()));
                }
                char[] password = WalletCommand.password(context, secrets, signing.passwordFile);
                if (password == null) {
                    return RootCommand.EXIT_USAGE;
                }
                try (UnlockedWallet unlocked = services.wallet().unlock(password)) {
                    return run(replacing, profile, original, tx -> new TransactionSigner().sign(tx, unlocked.key(from)));
                }
            });
        }

        private int run(ReplacePending replacing, NetworkProfile profile, JournalEntry original,
                        Function<Transaction, SignedTransaction> signer) {
            Messages messages = context.messages();
            try {
                Outcome outcome = replacement.replace(replacing, original.hash(), signer).join();
                if (outcome instanceof Outcome.Mined mined && mined.receipt().success()) {
                    context.out().println(messages.get(doneKey, mined.receipt().transactionHash(), original.hash()));
                    return RootCommand.EXIT_OK;
                }
                context.err().println(outcome instanceof Outcome.Mined mined
                        ? messages.get("cli.wallet.replace.failed", mined.receipt().transactionHash())
                        : messages.get("cli.wallet.replace.tooLate", original.hash()));
            } catch (ReplacePending.NotPendingException e) { // it ended between the check and the replacement
                return notReplaceable(e);
            } catch (CompletionException e) {
                Throwable cause = Http.unwrap(e);
                LoggerFactory.getLogger(WalletReplaceCommands.class).warn("Replacing {} failed", original.hash(), cause);
                context.err().println(refusal(messages, profile, original, cause));
            }
            return RootCommand.EXIT_NETWORK;
        }

        private int notReplaceable(RuntimeException e) {
            Messages messages = context.messages();
            return WalletCommand.usage(context, e instanceof ReplacePending.NotPendingException notPending
                    ? messages.get("cli.wallet.replace.notPending", hash, WalletHistoryCommand.state(notPending.state(), messages))
                    : messages.get("cli.wallet.replace.unknown", hash));
        }

        private static String refusal(Messages messages, NetworkProfile profile, JournalEntry original, Throwable cause) {
            String network = NetworkNames.of(profile, messages);
            return switch (cause) {
                case WrongChainException wrongChain ->
                        messages.get("cli.wallet.wrongChain", new Address(original.account()).checksummed(), network);
                case ReplacePending.NotOnNodeException notOnNode -> messages.get("cli.wallet.replace.notOnNode", original.hash(), network);
                case RpcException.RpcError refused -> messages.get("cli.wallet.replace.refused", original.hash(), network);
                default -> messages.get("cli.wallet.staking.unreachable", network);
            };
        }
    }

    @Command(name = "speed-up", mixinStandardHelpOptions = true)
    static final class SpeedUp extends ReplaceCommand {
        SpeedUp(CliContext context) {
            super(context, ReplacePending::speedUp, "cli.wallet.replace.spedUp");
        }
    }

    @Command(name = "cancel", mixinStandardHelpOptions = true)
    static final class Cancel extends ReplaceCommand {
        Cancel(CliContext context) {
            super(context, ReplacePending::cancel, "cli.wallet.replace.cancelled");
        }
    }
}
