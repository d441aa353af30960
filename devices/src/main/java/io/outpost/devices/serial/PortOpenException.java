package io.outpost.devices.serial;

/** A port could not be opened, with the reason the user can act on. The message names the port, never data. */
public final class PortOpenException extends Exception {
    /** Why: a missing port, a permission problem, another program holding it, or something else. */
    public enum Reason { NOT_FOUND, PERMISSION_DENIED, BUSY, OTHER }

    private final String path;
    private final Reason reason;

    public PortOpenException(String path, Reason reason, String detail) {
        super("Cannot open " + path + ": " + reason + (detail.isEmpty() ? "" : " (" + detail + ")"));
        this.path = path;
        this.reason = reason;
    }

    public String path() {
        return path;
    }

    public Reason reason() {
        return reason;
    }
}
