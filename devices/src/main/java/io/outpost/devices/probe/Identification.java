package io.outpost.devices.probe;

import io.outpost.devices.catalog.DeviceFamily;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a probe found: the family, a model name, the device's identity (ODP address and serial, SDS011 id,
 * meter equipment id, u-blox unique id) and its latest reading. Map keys carry their units
 * ({@code powerDeliveredKw}, {@code pm25Ugm3}) and keep their insertion order for printing. {@code baudRate}
 * is the rate at which the device was heard or answered; 0 until the prober fills it in.
 */
public record Identification(DeviceFamily family, String model, Map<String, Object> identity, Map<String, Object> reading,
                             int baudRate) {
    public Identification {
        identity = Collections.unmodifiableMap(new LinkedHashMap<>(identity));
        reading = Collections.unmodifiableMap(new LinkedHashMap<>(reading));
    }

    public Identification(DeviceFamily family, String model, Map<String, Object> identity, Map<String, Object> reading) {
        this(family, model, identity, reading, 0);
    }

    public Identification atBaudRate(int rate) {
        return new Identification(family, model, identity, reading, rate);
    }
}
