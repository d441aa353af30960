package io.outpost.app.devices;

import io.outpost.devices.probe.Identification;
import io.outpost.devices.probe.ProbeFailure;

/** What probing one port came to: a device, nothing recognisable in time, or a port that cannot be opened. */
public sealed interface ProbeOutcome {
    record Identified(String port, Identification identification) implements ProbeOutcome {
    }

    record NothingRecognized(String port) implements ProbeOutcome {
    }

    record CannotOpen(ProbeFailure failure) implements ProbeOutcome {
    }
}
