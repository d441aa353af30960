package io.outpost.devices.probe;

import io.outpost.devices.catalog.DeviceFamily;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a probe found: the family, a model name, the device's identity (ODP address and serial, SDS011 id,
 * meter equipment id, u-blox unique id) and its latest reading. Map keys carry their units
 * ({@code powerDeliveredKw}, {@code pm25Ugm3}) and keep their insertion order for printing.
 */
public record Identification(DeviceFamily family, String model, Map<String, Object> identity, Map<String, Object> reading) {
    public Identification {
        identity = Collections.unmodifiableMap(new LinkedHashMap<>(identity));
        reading = Collections.unmodifiableMap(new LinkedHashMap<>(reading));
    }
}
