package io.outpost.app.cli;

import io.outpost.app.AppServices;
import io.outpost.app.chain.SendFunds;
import io.outpost.app.wallet.TokenAmounts;
import io.outpost.app.networks.NetworkNames;
import io.outpost.app.transactions.WrongChainException;
import io.outpost.i18n.Messages;
import io.outpost.network.NetworkProfile;
import io.outpost.network.http.Http;
import io.outpost.network.rpc.ReceiptPoller.Outcome;
import io.outpost.network.rpc.RpcException;
import io.outpost.wallet.UnlockedWallet;
import io.outpost.wallet.keys.Address;
import io.outpost.wallet.tx.TransactionSigner;
import io.outpost.wallet.keystore.KeystoreException;
import java.io.IOException;
import java.math.BigInteger;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code outpost wallet send TO AMOUNT [--token]}: checks the address (EIP-55), simulates and prices the
 * transfer and shows the review with its warnings (first payment to this address, a look-alike of an earlier
 * one); only with {@code --yes} is it signed and sent. Exit 2 for bad input, 4 when the network refuses.
 */
@Command(name = "send", mixinStandardHelpOptions = true)
final class WalletSendCommand implements Callable<Integer> {
    private static final int ETHER_DECIMALS = 18;

    private final CliContext context;

    @ParentCommand
    WalletCommand parent;

    @Parameters(index = "0", paramLabel = "TO", descriptionKey = "cli.parameter.recipient")
    String to;

    @Parameters(index = "1", paramLabel = "AMOUNT", descriptionKey = "cli.parameter.tokenAmount")
    String amount;

    @Option(names = "--token", descriptionKey = "cli.option.token")
    boolean token;

    @Option(names = "--speed", paramLabel = "SPEED", defaultValue = "NORMAL", descriptionKey = "cli.option.speed")
    SendFunds.Speed speed;

    @Option(names = "--yes", descriptionKey = "cli.option.yes")
    boolean yes;

    @Mixin
    SigningOptions signing;

    @Option(names = "--account", paramLabel = "I", descriptionKey = "cli.option.account")
    int account;

    WalletSendCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Messages messages = context.messages();
        return parent.runOnWallet(context, (services, secrets) -> {
            NetworkProfile profile = WalletCommand.network(context, services, signing.network);
            Address from = WalletCommand.account(context, services, account);
            if (from == null) {
                return RootCommand.EXIT_USAGE;
            }
            int decimals = token ? profile == null ? 0 : profile.token().decimals() : ETHER_DECIMALS;
            Optional<BigInteger> units = TokenAmounts.baseUnits(amount, decimals);
            if (profile == null || units.isEmpty()) {
                return profile == null ? RootCommand.EXIT_USAGE
                        : WalletCommand.usage(context, messages.get("cli.wallet.staking.badAmount", amount, decimals));
            }
            try {
                SendFunds.recipient(to);
            } catch (SendFunds.InvalidAddressException e) {
                return WalletCommand.usage(context, messages.get("cli.wallet.send.badAddress", to));
            }
            SendFunds funds = services.chain().sendFunds(profile);
            try {
                SendFunds.Review review = funds.review(from.value(), to, token ? SendFunds.Asset.TOKEN : SendFunds.Asset.NATIVE,
                        units.get(), speed).join();
                context.out().println(describe(review, profile, messages));
                if (!yes) {
                    context.out().println(messages.get("cli.wallet.send.dryRun"));
                    return RootCommand.EXIT_OK;
                }
                return send(services, funds, review, from, secrets);
            } catch (CompletionException e) {
                return refused(profile, from, Http.unwrap(e));
            }
        });
    }

    private int send(AppServices services, SendFunds funds, SendFunds.Review review, Address from, SecretFiles secrets)
            throws IOException, KeystoreException, SecretFiles.UnreadableException {
        char[] password = WalletCommand.password(context, secrets, signing.passwordFile);
        if (password == null) {
            return RootCommand.EXIT_USAGE;
        }
        try (UnlockedWallet unlocked = services.wallet().unlock(password)) {
            Outcome outcome = funds.send(review, tx -> new TransactionSigner().sign(tx, unlocked.key(from))).join();
            if (outcome instanceof Outcome.Mined mined && mined.receipt().success()) {
                context.out().println(context.messages().get("cli.wallet.send.sent", mined.receipt().transactionHash()));
                return RootCommand.EXIT_OK;
            }
            context.err().println(context.messages().get("cli.wallet.staking.notMined", from.checksummed()));
            return RootCommand.EXIT_NETWORK;
        }
    }

    private String describe(SendFunds.Review review, NetworkProfile profile, Messages messages) {
        String what = token ? messages.tokenAmount(review.amount(), profile.token().decimals(), profile.token().symbol())
                : messages.tokenAmount(review.amount(), ETHER_DECIMALS, "ETH");
        StringBuilder text = new StringBuilder(messages.get("cli.wallet.send.review", what, review.recipient().checksummed(),
                new Address(review.from()).checksummed()));
        String nl = System.lineSeparator();
        text.append(nl).append(messages.get("cli.wallet.send.fee", messages.tokenAmount(review.maxNetworkFee(), ETHER_DECIMALS, "ETH"),
                messages.get(switch (speed) {
                    case SLOW -> "cli.wallet.send.speed.slow";
                    case NORMAL -> "cli.wallet.send.speed.normal";
                    case FAST -> "cli.wallet.send.speed.fast";
                })));
        if (!token) {
            text.append(nl).append(messages.get("cli.wallet.send.total", messages.tokenAmount(review.maxTotalNative(), ETHER_DECIMALS, "ETH")));
        }
        for (SendFunds.Warning warning : review.warnings()) {
            text.append(nl).append(switch (warning) {
                case SendFunds.Warning.FirstTimeRecipient first -> messages.get("cli.wallet.send.firstTime");
                case SendFunds.Warning.ResemblesRecentRecipient alike ->
                        messages.get("cli.wallet.send.lookAlike", alike.recent().checksummed());
            });
        }
        return text.toString();
    }

    private int refused(NetworkProfile profile, Address from, Throwable cause) {
        Messages messages = context.messages();
        LoggerFactory.getLogger(WalletSendCommand.class).warn("Send from {} failed", from.checksummed(), cause);
        context.err().println(switch (cause) {
            case RpcException.Reverted reverted -> messages.get("cli.wallet.staking.refused", from.checksummed(), reverted.errorName());
            case WrongChainException wrongChain -> messages.get("cli.wallet.wrongChain", from.checksummed(), NetworkNames.of(profile, messages));
            default -> messages.get("cli.wallet.staking.unreachable", NetworkNames.of(profile, messages));
        });
        return RootCommand.EXIT_NETWORK;
    }
}
