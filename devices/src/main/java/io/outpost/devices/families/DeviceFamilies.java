package io.outpost.devices.families;

import io.outpost.devices.probe.ActiveIdentifier;
import io.outpost.devices.probe.Recognizer;
import java.util.List;

/** Everything Outpost knows per device family, in one place: how to recognise, ask, read and emulate it. */
public final class DeviceFamilies {
    /** Fresh listeners for one probing window, one per family that can be recognised by listening. */
    public List<Recognizer> recognizers() {
        return List.of();
    }

    /** The families that answer when asked who they are. */
    public List<ActiveIdentifier> identifiers() {
        return List.of();
    }
}
