package io.outpost.devices.probe;

import io.outpost.devices.catalog.DeviceFamily;
import io.outpost.devices.serial.LineSettings;
import io.outpost.devices.serial.SerialLink;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/** Asks a device who it is (ODP {@code identify}). Used only where the plan allows writing to the port. */
public interface ActiveIdentifier {
    DeviceFamily family();

    LineSettings lineSettings();

    Optional<Identification> identify(SerialLink link, Duration timeout) throws IOException;
}
