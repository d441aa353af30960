package io.outpost.views.shell;

/** What the status bar says about the active network, from the check made when the window opens. */
public enum NetworkState {
    CHECKING,
    CONNECTED,
    UNREACHABLE,
    MISMATCH
}
