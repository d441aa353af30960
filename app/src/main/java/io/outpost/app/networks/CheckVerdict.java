package io.outpost.app.networks;

import io.outpost.network.chain.ProfileCheck;

/** What a profile check means for the user, and so what they should do about it. */
public enum CheckVerdict {
    /** Every node is on the profile's chain and every contract is there. */
    FINE,
    /** Some nodes did not answer, but those that did are right; the client moves on to a node that answers. */
    SOME_NODES_DOWN,
    /** No node answered: the network is down, or this computer is offline. */
    UNREACHABLE,
    /** A node answered on another chain, or a contract is missing: the profile is wrong or out of date. */
    MISMATCH;

    public static CheckVerdict of(ProfileCheck.Result result) {
        if (result.ok()) {
            return FINE;
        }
        // ProfileCheck names a node that did not answer by its place in the list, rpcUrls[i]; every other
        // problem came from a node that did answer.
        long downNodes = result.problems().stream().filter(p -> p.field().startsWith("rpcUrls[")).count();
        if (downNodes < result.problems().size()) {
            return MISMATCH;
        }
        return downNodes < result.profile().rpcUrls().size() ? SOME_NODES_DOWN : UNREACHABLE;
    }
}
