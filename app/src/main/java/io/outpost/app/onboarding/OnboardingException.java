package io.outpost.app.onboarding;

/** Onboarding stopped before anything was sent (or after a send the chain refused), and why. */
public final class OnboardingException extends RuntimeException {
    public enum Reason {
        /** The device's public key does not belong to the address it claims: not genuine. */
        NOT_GENUINE,
        /** The device's signing policy refused, or its signature does not check out. */
        DEVICE_REFUSED,
        /** The device is registered to another owner. */
        OWNED_BY_ANOTHER,
        /** The registration was mined but did not emit the device's event, or reverted. */
        NOT_REGISTERED,
        /** The owner lacks ether for the network fee; the message is how much more, in ETH. */
        NOT_ENOUGH_FUNDS,
        /** Nothing Outpost knows answered on the port (no ODP device, no sensor it can read). */
        NOT_RECOGNIZED
    }

    private final Reason reason;

    public OnboardingException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
