package io.outpost.views.shell;

/** What the status bar says about serial ports: still looking, how many were found, or that listing failed. */
public record PortsStatus(State state, int count) {
    public enum State { CHECKING, FOUND, FAILED }

    public static final PortsStatus CHECKING = new PortsStatus(State.CHECKING, 0);
    public static final PortsStatus FAILED = new PortsStatus(State.FAILED, 0);

    public static PortsStatus found(int count) {
        return new PortsStatus(State.FOUND, count);
    }
}
