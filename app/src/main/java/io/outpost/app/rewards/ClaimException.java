package io.outpost.app.rewards;

/** A claim that must not be sent, and why; the screens turn the reason into words. */
public final class ClaimException extends RuntimeException {
    /** Why a claim was stopped before it cost anything. */
    public enum Reason {
        /** The oracle's newest tree is not the one on-chain (its root is still being posted): try again soon. */
        ROOT_NOT_ON_CHAIN,
        /** The oracle's proof does not lead to the root on-chain: the oracle is wrong, the claim would revert. */
        BAD_PROOF
    }

    private final Reason reason;

    public ClaimException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
