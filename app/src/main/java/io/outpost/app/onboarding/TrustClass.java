package io.outpost.app.onboarding;

/** How a device proved it is what it says. */
public enum TrustClass {
    /** The device signed with its own key (ODP): real hardware. */
    HARDWARE_VERIFIED,
    /** A sensor without a key: this computer made one for it and signs for it, a lower trust class. */
    HOST_ATTESTED
}
