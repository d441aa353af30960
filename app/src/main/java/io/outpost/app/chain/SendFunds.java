package io.outpost.app.chain;

import io.outpost.app.transactions.Submitter;
import io.outpost.app.transactions.TransactionJournal;
import io.outpost.app.transactions.TransactionSender;
import io.outpost.network.NetworkProfile;
import io.outpost.network.chain.TokenClient;
import io.outpost.network.rpc.Eth;
import io.outpost.network.rpc.Fees;
import io.outpost.network.rpc.JsonRpcClient;
import io.outpost.network.rpc.ReceiptPoller.Outcome;
import io.outpost.wallet.keys.Address;
import io.outpost.wallet.tx.SignedTransaction;
import io.outpost.wallet.tx.Transaction;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Sending the native currency or the network's token: the recipient is checked (EIP-55 when typed in mixed
 * case) and compared with whom the account paid before, the transfer is simulated, and a {@link Review} shows
 * what it costs at most before anything is signed.
 */
public final class SendFunds {
    // Poisoners make addresses that match the ends people glance at; this many hex digits at each end.
    private static final int GLANCED_DIGITS = 4;
    private static final int RECENT_RECIPIENTS = 50;

    private final NetworkProfile network;
    private final JsonRpcClient rpc;
    private final TokenClient token;
    private final TransactionJournal journal;
    private final Fees fees;
    private final Submitter submitter;

    public SendFunds(NetworkProfile network, JsonRpcClient rpc, TransactionJournal journal, TransactionSender sender) {
        this.network = network;
        this.rpc = rpc;
        this.token = new TokenClient(rpc, network.contracts().token());
        this.journal = journal;
        this.fees = new Fees(rpc);
        this.submitter = new Submitter(network.chainId(), sender);
    }

    public enum Asset { NATIVE, TOKEN }

    public enum Speed { SLOW, NORMAL, FAST }

    /** Something the user should look at before signing; none of them stops the send. */
    public sealed interface Warning {
        /** The account has never paid this address. */
        record FirstTimeRecipient() implements Warning {
        }

        /** The address looks like {@code recent}, an address paid before, at both ends, but is another one. */
        record ResemblesRecentRecipient(Address recent) implements Warning {
        }
    }

    /** A typed address that is not one, or whose mixed case is not a valid EIP-55 checksum (a typo, most likely). */
    public static final class InvalidAddressException extends IllegalArgumentException {
        public InvalidAddressException(String message) {
            super(message);
        }
    }

    /**
     * What the send will do and cost, shown before signing: {@code gasLimit} × maxFeePerGas is the most the
     * network can charge, {@code maxTotalNative} adds the value sent in the native currency.
     */
    public record Review(String from, Address recipient, Asset asset, BigInteger amount, Speed speed, Fees.Fee fee,
                         BigInteger gasEstimate, BigInteger gasLimit, BigInteger maxNetworkFee, BigInteger maxTotalNative,
                         List<Warning> warnings, Submitter.Call call) {
        public Review {
            warnings = List.copyOf(warnings);
        }
    }

    /** The address in {@code text}; fails with {@link InvalidAddressException} for a typo or a broken checksum. */
    public static Address recipient(String text) {
        return Address.parse(text.strip()).orElseThrow(() -> new InvalidAddressException(
                "not an address, or its mixed-case checksum (EIP-55) is wrong: check it character by character"));
    }

    /** Warnings about paying {@code recipient} from {@code from}, from the journal's earlier payments. */
    public List<Warning> warnings(String from, Address recipient) {
        List<String> paid = journal.recipients(network.chainId(), from);
        List<Warning> warnings = new ArrayList<>();
        if (!paid.contains(recipient.value())) {
            warnings.add(new Warning.FirstTimeRecipient());
        }
        paid.stream().limit(RECENT_RECIPIENTS).filter(recent -> resembles(recent, recipient.value())).findFirst()
                .ifPresent(recent -> warnings.add(new Warning.ResemblesRecentRecipient(new Address(recent))));
        return warnings;
    }

    private static boolean resembles(String recent, String candidate) {
        int end = recent.length();
        return !recent.equals(candidate) && recent.regionMatches(2, candidate, 2, GLANCED_DIGITS)
                && recent.regionMatches(end - GLANCED_DIGITS, candidate, end - GLANCED_DIGITS, GLANCED_DIGITS);
    }

    /** Checks the recipient, simulates the transfer and prices it; fails before signing if it would fail. */
    public CompletableFuture<Review> review(String from, String recipientText, Asset asset, BigInteger amount, Speed speed) {
        Address to = recipient(recipientText);
        Submitter.Call call = asset == Asset.NATIVE
                ? new Submitter.Call(from, to.value(), amount, new byte[0])
                : new Submitter.Call(from, network.contracts().token(), BigInteger.ZERO, token.transferCallData(to.value(), amount));
        CompletableFuture<BigInteger> gas = asset == Asset.NATIVE
                ? rpc.call(Eth.estimateGas(from, to.value(), new byte[0], amount)).thenApply(Eth::quantity)
                : token.transferGas(from, to.value(), amount);
        return gas.thenCombine(fees.suggest(), (estimate, suggestion) -> {
            Fees.Fee fee = switch (speed) {
                case SLOW -> suggestion.slow();
                case NORMAL -> suggestion.normal();
                case FAST -> suggestion.fast();
            };
            BigInteger limit = Submitter.gasLimit(estimate);
            BigInteger networkFee = limit.multiply(fee.maxFeePerGas());
            return new Review(from, to, asset, amount, speed, fee, estimate, limit, networkFee, networkFee.add(call.value()),
                    warnings(from, to), call);
        });
    }

    /** Signs the reviewed transfer (with the fee shown in the review) and sends it through the journal. */
    public CompletableFuture<Outcome> send(Review review, Function<Transaction, SignedTransaction> signer) {
        return submitter.submit(review.call(), review.gasEstimate(), review.fee(), signer);
    }
}
