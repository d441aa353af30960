package io.outpost.devices.emulate;

import io.outpost.devices.serial.SerialLink;

/**
 * A device in software, serving one end of a serial link until it is stopped or the link goes away.
 * Emulators are for tests, the demo, and providers who want to try Outpost before their hardware arrives.
 */
public interface Emulator {
    /** Serves until {@link #stop()} or until the link fails (the host closed it, the cable was pulled). */
    void serve(SerialLink link);

    void stop();
}
