package io.outpost.devices.catalog;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of device Outpost speaks to, by protocol. {@code id} is what the CLI and the catalog write. */
public enum DeviceFamily {
    ODP("odp"),
    NMEA("nmea"),
    SDS011("sds011"),
    DSMR("dsmr");

    private final String id;

    DeviceFamily(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<DeviceFamily> byId(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst();
    }
}
