package io.outpost.devices.session;

/** What a session reports, on its own thread: each frame, and when the device comes and goes. */
public interface SessionListener<F> {
    void online(String path);

    void frame(F frame);

    /** The port could not be opened or vanished; the session keeps trying to reconnect until closed. */
    void offline(String path, String reason);
}
