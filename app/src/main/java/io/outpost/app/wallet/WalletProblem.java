package io.outpost.app.wallet;

import io.outpost.app.chain.ReplacePending;
import io.outpost.app.chain.SendFunds;
import io.outpost.app.chain.StakeTokens;
import io.outpost.app.rewards.ClaimException;
import io.outpost.app.transactions.WrongChainException;
import io.outpost.network.http.Http;
import io.outpost.network.rpc.RpcException;
import io.outpost.wallet.keys.InvalidMnemonicException;
import io.outpost.wallet.keystore.KeystoreException;
import io.outpost.wallet.keystore.WrongPasswordException;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Why a wallet action did not happen, as the screens explain it: a kind (one message each), the contract's
 * error name for a refusal, and the date a cooldown ends. Never carries a secret.
 */
public record WalletProblem(Kind kind, String detail, Optional<Instant> until, List<String> suggestions) {
    public enum Kind {
        WRONG_PASSWORD, LOCKED, UNKNOWN_WORD, WORD_COUNT, WORDS_DO_NOT_FIT, WRONG_CHAIN, UNREACHABLE, REWARDS_NOT_POSTED, BAD_PROOF, COOLING_DOWN,
        NOTHING_COOLING, NOT_ENOUGH_STAKE, NOT_ENOUGH_FUNDS, INVALID_ADDRESS, REFUSED, NOT_MINED, NOT_PENDING, FAILED_ON_CHAIN, STORAGE, UNEXPECTED
    }

    /** An action that ended in a problem the user can act on. */
    public static final class Failure extends RuntimeException {
        private final transient WalletProblem problem;

        public Failure(WalletProblem problem) {
            super(problem.kind() + (problem.detail().isEmpty() ? "" : ": " + problem.detail()));
            this.problem = problem;
        }

        public WalletProblem problem() {
            return problem;
        }
    }

    public WalletProblem {
        suggestions = List.copyOf(suggestions);
    }

    public static WalletProblem of(Kind kind) {
        return new WalletProblem(kind, "", Optional.empty(), List.of());
    }

    /** A cooldown that ends at {@code end}. */
    public static WalletProblem coolingDown(Instant end) {
        return new WalletProblem(Kind.COOLING_DOWN, "", Optional.of(end), List.of());
    }

    /** The problem behind {@code failure}, looking through the wrappers futures put around it. */
    public static WalletProblem of(Throwable failure) {
        Throwable cause = Http.unwrap(failure);
        return switch (cause) {
            case Failure known -> known.problem();
            case WrongPasswordException wrong -> of(Kind.WRONG_PASSWORD);
            case InvalidMnemonicException words -> ofWords(words);
            case KeystoreException unreadable -> of(Kind.STORAGE);
            case WalletSession.LockedException locked -> of(Kind.LOCKED);
            case WrongChainException wrongChain -> of(Kind.WRONG_CHAIN);
            case ClaimException claim when claim.reason() == ClaimException.Reason.ROOT_NOT_ON_CHAIN -> of(Kind.REWARDS_NOT_POSTED);
            case ClaimException claim -> of(Kind.BAD_PROOF);
            case SendFunds.InvalidAddressException invalid -> of(Kind.INVALID_ADDRESS);
            case StakeTokens.ApprovalFailedException approval -> of(Kind.NOT_MINED);
            case ReplacePending.NotPendingException settled -> of(Kind.NOT_PENDING);
            case RpcException.Reverted reverted -> refusal(reverted.errorName());
            case RpcException rpc -> of(Kind.UNREACHABLE);
            case IOException io -> of(Kind.STORAGE);
            default -> of(Kind.UNEXPECTED);
        };
    }

    private static WalletProblem refusal(String errorName) {
        return switch (errorName) {
            case "NothingPending" -> of(Kind.NOTHING_COOLING);
            case "InsufficientStake" -> of(Kind.NOT_ENOUGH_STAKE);
            case "ERC20InsufficientBalance", "InsufficientFunds" -> of(Kind.NOT_ENOUGH_FUNDS);
            default -> new WalletProblem(Kind.REFUSED, errorName, Optional.empty(), List.of());
        };
    }

    // The position of a misspelt word and what it may have been; never the words themselves.
    private static WalletProblem ofWords(InvalidMnemonicException words) {
        return switch (words.reason()) {
            case UNKNOWN_WORD -> new WalletProblem(Kind.UNKNOWN_WORD, Integer.toString(words.position()), Optional.empty(),
                    words.suggestions());
            case WORD_COUNT -> of(Kind.WORD_COUNT);
            case CHECKSUM -> of(Kind.WORDS_DO_NOT_FIT);
        };
    }
}
