package io.outpost.app.cli;

import io.outpost.app.AppServices;
import io.outpost.app.networks.NetworkNames;
import io.outpost.app.rewards.ClaimException;
import io.outpost.app.rewards.ClaimRewards;
import io.outpost.app.transactions.WrongChainException;
import io.outpost.i18n.Messages;
import io.outpost.network.NetworkProfile;
import io.outpost.network.http.Http;
import io.outpost.network.rpc.Fees;
import io.outpost.network.rpc.ReceiptPoller.Outcome;
import io.outpost.network.rpc.RpcException;
import io.outpost.wallet.Account;
import io.outpost.wallet.UnlockedWallet;
import io.outpost.wallet.keys.Address;
import io.outpost.wallet.tx.TransactionSigner;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/**
 * {@code outpost wallet claim}: claims what every account of the wallet earned, each claim's proof checked
 * against the chain and simulated before it is signed. Exit 4 when the network cannot be read or a claim fails.
 */
@Command(name = "claim", mixinStandardHelpOptions = true)
final class WalletClaimCommand implements Callable<Integer> {
    private final CliContext context;

    @ParentCommand
    WalletCommand parent;

    @Mixin
    SigningOptions signing;

    WalletClaimCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Messages messages = context.messages();
        return parent.runOnWallet(context, (services, secrets) -> {
            NetworkProfile profile = WalletCommand.network(context, services, signing.network);
            if (profile == null) {
                return RootCommand.EXIT_USAGE;
            }
            char[] password = WalletCommand.password(context, secrets, signing.passwordFile);
            if (password == null) {
                return RootCommand.EXIT_USAGE;
            }
            try (UnlockedWallet unlocked = services.wallet().unlock(password)) {
                ClaimRewards claims = services.chain().claimRewards(profile);
                int exit = RootCommand.EXIT_OK;
                for (Account account : services.wallet().accounts()) {
                    exit = Math.max(exit, claim(services, claims, profile, unlocked, account.address()));
                }
                return exit;
            }
        });
    }

    private int claim(AppServices services, ClaimRewards claims, NetworkProfile profile, UnlockedWallet unlocked,
                      Address account) {
        Messages messages = context.messages();
        try {
            Optional<ClaimRewards.Claimable> due = claims.check(account.value()).join();
            if (due.isEmpty()) {
                context.out().println(messages.get("cli.wallet.claim.nothing", account.checksummed()));
                return RootCommand.EXIT_OK;
            }
            Fees.Fee fee = services.chain().fees(profile).suggest().join().normal();
            TransactionSigner signer = new TransactionSigner();
            Outcome outcome = claims.claim(due.get(), fee, tx -> signer.sign(tx, unlocked.key(account))).join();
            String amount = messages.tokenAmount(due.get().amount(), profile.token().decimals(), profile.token().symbol());
            if (outcome instanceof Outcome.Mined mined && mined.receipt().success()) {
                context.out().println(messages.get("cli.wallet.claim.claimed", amount, account.checksummed()));
                return RootCommand.EXIT_OK;
            }
            context.err().println(messages.get("cli.wallet.claim.notMined", amount, account.checksummed()));
            return RootCommand.EXIT_NETWORK;
        } catch (CompletionException e) {
            return failed(profile, account, Http.unwrap(e));
        }
    }

    private int failed(NetworkProfile profile, Address account, Throwable cause) {
        Messages messages = context.messages();
        String key = switch (cause) {
            case ClaimException claim when claim.reason() == ClaimException.Reason.ROOT_NOT_ON_CHAIN -> "cli.wallet.claim.notPosted";
            case ClaimException claim -> "cli.wallet.claim.badProof";
            case RpcException.Reverted reverted -> "cli.wallet.claim.refused";
            case WrongChainException wrongChain -> "cli.wallet.wrongChain";
            default -> "cli.wallet.claim.unreachable";
        };
        LoggerFactory.getLogger(WalletClaimCommand.class).warn("Claim for {} on {} failed", account.checksummed(), profile.id(), cause);
        context.err().println(messages.get(key, account.checksummed(), NetworkNames.of(profile, messages)));
        return RootCommand.EXIT_NETWORK;
    }
}
