package io.outpost.devnet;

import java.io.IOException;

/** anvil is not on this computer and could not be installed; {@link #reason()} says which step failed. */
public final class AnvilUnavailableException extends IOException {
    /** Why anvil is missing, so the command line can tell the user what to do in their language. */
    public enum Reason {
        /** Neither anvil nor npm to install it: Node.js 18 or newer is needed, or OUTPOST_ANVIL. */
        NO_NPM,
        /** Foundry publishes no anvil for this operating system and processor. */
        UNSUPPORTED_PLATFORM,
        /** npm ran but did not install it (offline, proxy, disk full); {@link #detail()} has npm's last words. */
        INSTALL_FAILED
    }

    private final Reason reason;
    private final String detail;

    public AnvilUnavailableException(Reason reason, String detail) {
        super(switch (reason) {
            case NO_NPM -> "anvil was not found and npm is not installed to fetch it: install Node.js 18 or newer"
                    + " (nodejs.org, or the system's package manager), or set OUTPOST_ANVIL to an anvil program";
            case UNSUPPORTED_PLATFORM -> "Foundry publishes no anvil for " + detail
                    + ": build anvil from source and set OUTPOST_ANVIL to it";
            case INSTALL_FAILED -> "npm could not install anvil " + AnvilInstaller.VERSION + ": " + detail;
        });
        this.reason = reason;
        this.detail = detail;
    }

    public Reason reason() {
        return reason;
    }

    public String detail() {
        return detail;
    }
}
