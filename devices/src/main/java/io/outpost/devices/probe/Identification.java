package io.outpost.devices.probe;

import io.outpost.devices.catalog.DeviceFamily;
import io.outpost.devices.serial.LineSettings;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a probe found: the family, a model name, the device's identity (ODP address and serial, SDS011 id,
 * meter equipment id, u-blox unique id) and its latest reading. Map keys carry their units
 * ({@code powerDeliveredKw}, {@code pm25Ugm3}) and keep their insertion order for printing. {@code line} is
 * how the device was heard or answered; null until the prober fills it in (a recognizer may know better,
 * as for a DSMR 2.2 meter heard in 7E1).
 */
public record Identification(DeviceFamily family, String model, Map<String, Object> identity, Map<String, Object> reading,
                             LineSettings line) {
    public Identification {
        identity = Collections.unmodifiableMap(new LinkedHashMap<>(identity));
        reading = Collections.unmodifiableMap(new LinkedHashMap<>(reading));
    }

    public Identification(DeviceFamily family, String model, Map<String, Object> identity, Map<String, Object> reading) {
        this(family, model, identity, reading, null);
    }

    /** This identification heard on {@code settings}, unless it already says how it was heard. */
    public Identification heardOn(LineSettings settings) {
        return line != null ? this : new Identification(family, model, identity, reading, settings);
    }
}
