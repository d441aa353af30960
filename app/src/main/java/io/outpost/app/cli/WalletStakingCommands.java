package io.outpost.app.cli;

import io.outpost.app.AppServices;
import io.outpost.app.chain.StakeTokens;
import io.outpost.app.networks.NetworkNames;
import io.outpost.app.transactions.WrongChainException;
import io.outpost.app.wallet.TokenAmounts;
import io.outpost.i18n.Messages;
import io.outpost.network.NetworkProfile;
import io.outpost.network.http.Http;
import io.outpost.network.rpc.Fees;
import io.outpost.network.rpc.ReceiptPoller.Outcome;
import io.outpost.network.rpc.RpcException;
import io.outpost.wallet.UnlockedWallet;
import io.outpost.wallet.keys.Address;
import io.outpost.wallet.tx.SignedTransaction;
import io.outpost.wallet.tx.Transaction;
import io.outpost.wallet.tx.TransactionSigner;
import java.math.BigInteger;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code outpost wallet stake AMOUNT}, {@code unstake AMOUNT} and {@code withdraw}, for account 0 (or
 * {@code --account I}): each simulated before it is signed, sent through the journal, and the cooldown's
 * end told as a date. Exit 2 for bad input or a wrong password, 4 when the network refuses or cannot be read.
 */
final class WalletStakingCommands {
    private WalletStakingCommands() {
    }

    /** What the three commands share: the wallet, the network, the account, and how the outcome is told. */
    abstract static class StakingCommand implements Callable<Integer> {
        final CliContext context;

        @ParentCommand
        WalletCommand parent;

        @Mixin
        SigningOptions signing;

        @Option(names = "--account", paramLabel = "I", descriptionKey = "cli.option.account")
        int account;

        StakingCommand(CliContext context) {
            this.context = context;
        }

        /** Sends this command's transaction(s); the future completes with the last one's outcome. */
        abstract CompletableFuture<Outcome> send(StakeTokens staking, String owner, Fees.Fee fee,
                                                 Function<Transaction, SignedTransaction> signer);

        /** Whether the command's input suits the network (an amount within the token's decimals); says why not. */
        boolean accepts(NetworkProfile profile) {
            return true;
        }

        /** What to tell once it is mined. */
        abstract String done(Messages messages, NetworkProfile profile, Address owner, StakeTokens.Status after);

        @Override
        public Integer call() {
            return parent.runOnWallet(context, (services, secrets) -> {
                NetworkProfile profile = WalletCommand.network(context, services, signing.network);
                Address owner = WalletCommand.account(context, services, account);
                if (owner == null) {
                    return RootCommand.EXIT_USAGE;
                }
                if (profile == null || !accepts(profile)) {
                    return RootCommand.EXIT_USAGE;
                }
                char[] password = WalletCommand.password(context, secrets, signing.passwordFile);
                if (password == null) {
                    return RootCommand.EXIT_USAGE;
                }
                try (UnlockedWallet unlocked = services.wallet().unlock(password)) {
                    return run(services, profile, owner, tx -> new TransactionSigner().sign(tx, unlocked.key(owner)));
                }
            });
        }

        private int run(AppServices services, NetworkProfile profile, Address owner, Function<Transaction, SignedTransaction> signer) {
            Messages messages = context.messages();
            StakeTokens staking = services.chain().staking(profile);
            try {
                Fees.Fee fee = services.chain().fees(profile).suggest().join().normal();
                Outcome outcome = send(staking, owner.value(), fee, signer).join();
                if (outcome instanceof Outcome.Mined mined && mined.receipt().success()) {
                    context.out().println(done(messages, profile, owner, staking.status(owner.value()).join()));
                    return RootCommand.EXIT_OK;
                }
                context.err().println(messages.get("cli.wallet.staking.notMined", owner.checksummed()));
            } catch (CompletionException e) {
                Throwable cause = Http.unwrap(e);
                LoggerFactory.getLogger(WalletStakingCommands.class).warn("Staking transaction for {} failed", owner.checksummed(), cause);
                context.err().println(refusal(messages, profile, owner, staking, cause));
            }
            return RootCommand.EXIT_NETWORK;
        }

        private String refusal(Messages messages, NetworkProfile profile, Address owner, StakeTokens staking, Throwable cause) {
            if (cause instanceof WrongChainException) {
                return messages.get("cli.wallet.wrongChain", owner.checksummed(), NetworkNames.of(profile, messages));
            }
            if (!(cause instanceof RpcException.Reverted reverted)) {
                return messages.get("cli.wallet.staking.unreachable", NetworkNames.of(profile, messages));
            }
            return switch (reverted.errorName()) {
                case "CoolingDown" -> messages.get("cli.wallet.staking.coolingDown", owner.checksummed(),
                        staking.status(owner.value()).join().withdrawableFrom().map(messages.formats()::dateTime).orElse("?"));
                case "NothingPending" -> messages.get("cli.wallet.staking.nothingPending", owner.checksummed());
                default -> messages.get("cli.wallet.staking.refused", owner.checksummed(), reverted.errorName());
            };
        }

        String amount(Messages messages, NetworkProfile profile, BigInteger baseUnits) {
            return messages.tokenAmount(baseUnits, profile.token().decimals(), profile.token().symbol());
        }
    }

    /** An amount argument checked against the token's decimals before anything is unlocked or sent. */
    abstract static class AmountCommand extends StakingCommand {
        @Parameters(index = "0", paramLabel = "AMOUNT", descriptionKey = "cli.parameter.tokenAmount")
        String amount;
        BigInteger units;

        AmountCommand(CliContext context) {
            super(context);
        }

        @Override
        boolean accepts(NetworkProfile profile) {
            units = TokenAmounts.baseUnits(amount, profile.token().decimals()).orElse(null);
            if (units == null) {
                WalletCommand.usage(context, context.messages().get("cli.wallet.staking.badAmount", amount, profile.token().decimals()));
            }
            return units != null;
        }
    }

    @Command(name = "stake", mixinStandardHelpOptions = true)
    static final class Stake extends AmountCommand {
        Stake(CliContext context) {
            super(context);
        }

        @Override
        CompletableFuture<Outcome> send(StakeTokens staking, String owner, Fees.Fee fee, Function<Transaction, SignedTransaction> signer) {
            return staking.stake(owner, units, fee, signer);
        }

        @Override
        String done(Messages messages, NetworkProfile profile, Address owner, StakeTokens.Status after) {
            return messages.get("cli.wallet.staking.staked", amount(messages, profile, units), owner.checksummed(),
                    amount(messages, profile, after.staked()));
        }
    }

    @Command(name = "unstake", mixinStandardHelpOptions = true)
    static final class Unstake extends AmountCommand {
        Unstake(CliContext context) {
            super(context);
        }

        @Override
        CompletableFuture<Outcome> send(StakeTokens staking, String owner, Fees.Fee fee, Function<Transaction, SignedTransaction> signer) {
            return staking.requestUnstake(owner, units, fee, signer);
        }

        @Override
        String done(Messages messages, NetworkProfile profile, Address owner, StakeTokens.Status after) {
            return messages.get("cli.wallet.staking.unstaking", amount(messages, profile, units), owner.checksummed(),
                    after.withdrawableFrom().map(messages.formats()::dateTime).orElse("?"));
        }
    }

    @Command(name = "withdraw", mixinStandardHelpOptions = true)
    static final class Withdraw extends StakingCommand {
        Withdraw(CliContext context) {
            super(context);
        }

        @Override
        CompletableFuture<Outcome> send(StakeTokens staking, String owner, Fees.Fee fee, Function<Transaction, SignedTransaction> signer) {
            return staking.withdraw(owner, fee, signer);
        }

        @Override
        String done(Messages messages, NetworkProfile profile, Address owner, StakeTokens.Status after) {
            return messages.get("cli.wallet.staking.withdrawn", owner.checksummed(), amount(messages, profile, after.staked()));
        }
    }
}
