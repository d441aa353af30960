package io.outpost.app.onboarding;

import io.outpost.devices.catalog.DeviceFamily;
import java.util.Map;
import java.util.Optional;

/**
 * What onboarding knows of a device before it is registered: its kind, how it proves itself, and the model,
 * serial and firmware it reported. {@code address} is empty for a sensor until its owner is known (its key is
 * made from the owner's). {@code reading} is the first reading heard (empty for an ODP device).
 */
public record DeviceFacts(DeviceFamily family, TrustClass trust, String model, String serial, String firmware,
                          Optional<String> address, Map<String, Object> reading) {
    public DeviceFacts {
        reading = Map.copyOf(reading);
    }
}
