package io.outpost.devices.probe;

import io.outpost.devices.catalog.DeviceFamily;
import java.util.Optional;

/**
 * Listens to a port for one family's frames. It only reads: a probe may listen to any port without
 * disturbing what is on it. One instance per listening window; not thread-safe.
 */
public interface Recognizer {
    DeviceFamily family();

    /** Feeds bytes heard on the port; returns the identification once a valid frame gave enough to say. */
    Optional<Identification> hear(byte[] data, int length);
}
