package io.outpost.devices.sds011;

import java.math.BigDecimal;

/** A measurement (command C0): PM2.5 and PM10 in tenths of a µg/m³, as the sensor sends them. */
public record Sds011Measurement(int pm25Tenths, int pm10Tenths, String deviceId) implements Sds011Frame {
    public Sds011Measurement {
        Sds011Codec.requireWord(pm25Tenths, "pm25Tenths");
        Sds011Codec.requireWord(pm10Tenths, "pm10Tenths");
        deviceId = Sds011Codec.normalizeId(deviceId);
    }

    public BigDecimal pm25Ugm3() {
        return BigDecimal.valueOf(pm25Tenths, 1);
    }

    public BigDecimal pm10Ugm3() {
        return BigDecimal.valueOf(pm10Tenths, 1);
    }
}
