package io.outpost.views.wallet;

import io.outpost.app.wallet.WalletProblem;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The plain-language line an action ends with: good news or a problem, as an i18n key and its arguments.
 * An argument that is an {@link Amount} or an {@link java.time.Instant} is formatted by the view, in the
 * language shown.
 */
public record Feedback(Tone tone, String key, List<Object> args) {
    public enum Tone { SUCCESS, PROBLEM }

    /** An amount of a token in its smallest unit, shown with its symbol. */
    public record Amount(BigInteger units, int decimals, String symbol) {
        public static final int ETHER_DECIMALS = 18;

        public static Amount ether(BigInteger wei) {
            return new Amount(wei, ETHER_DECIMALS, "ETH");
        }
    }

    public Feedback {
        args = List.copyOf(args);
    }

    public static Feedback success(String key, Object... args) {
        return new Feedback(Tone.SUCCESS, key, List.of(args));
    }

    public static Feedback problem(String key, Object... args) {
        return new Feedback(Tone.PROBLEM, key, List.of(args));
    }

    /** What to tell about {@code problem}: {@code wallet.problem.<kind>} with its detail, date and suggestions. */
    public static Feedback of(WalletProblem problem) {
        List<Object> args = new ArrayList<>();
        args.add(problem.detail());
        args.add(problem.until().<Object>map(until -> until).orElse(""));
        args.add(String.join(", ", problem.suggestions()));
        return new Feedback(Tone.PROBLEM, keyOf(problem.kind()), args);
    }

    /** The problem behind a failed background task. */
    public static Feedback of(Throwable failure) {
        return of(WalletProblem.of(failure));
    }

    private static String keyOf(WalletProblem.Kind kind) {
        return switch (kind) {
            case WRONG_PASSWORD -> "wallet.problem.wrongPassword";
            case LOCKED -> "wallet.problem.locked";
            case UNKNOWN_WORD -> "wallet.problem.unknownWord";
            case WORD_COUNT -> "wallet.problem.wordCount";
            case WORDS_DO_NOT_FIT -> "wallet.problem.wordsDoNotFit";
            case WRONG_CHAIN -> "wallet.problem.wrongChain";
            case UNREACHABLE -> "wallet.problem.unreachable";
            case REWARDS_NOT_POSTED -> "wallet.problem.rewardsNotPosted";
            case BAD_PROOF -> "wallet.problem.badProof";
            case COOLING_DOWN -> "wallet.problem.coolingDown";
            case NOTHING_COOLING -> "wallet.problem.nothingCooling";
            case NOT_ENOUGH_STAKE -> "wallet.problem.notEnoughStake";
            case NOT_ENOUGH_FUNDS -> "wallet.problem.notEnoughFunds";
            case INVALID_ADDRESS -> "wallet.problem.invalidAddress";
            case REFUSED -> "wallet.problem.refused";
            case NOT_MINED -> "wallet.problem.notMined";
            case NOT_PENDING -> "wallet.problem.notPending";
            case FAILED_ON_CHAIN -> "wallet.problem.failedOnChain";
            case STORAGE -> "wallet.problem.storage";
            case UNEXPECTED -> "wallet.problem.unexpected";
        };
    }
}
