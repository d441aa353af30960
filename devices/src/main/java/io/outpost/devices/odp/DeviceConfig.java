package io.outpost.devices.odp;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The changes one {@code configure} request asks for; absent parts stay as they are on the device. The
 * ranges are checked here as well as on the device, so a bad value never leaves the host.
 */
public record DeviceConfig(Optional<Network> network, OptionalInt heartbeatInterval, Optional<Coordinates> location) {
    public static final int MIN_HEARTBEAT_INTERVAL = 5;
    public static final int MAX_HEARTBEAT_INTERVAL = 3600;
    public static final DeviceConfig NONE = new DeviceConfig(Optional.empty(), OptionalInt.empty(), Optional.empty());

    public DeviceConfig {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(heartbeatInterval, "heartbeatInterval");
        Objects.requireNonNull(location, "location");
        heartbeatInterval.ifPresent(DeviceConfig::checkHeartbeatInterval);
    }

    public DeviceConfig withNetwork(Network value) {
        return new DeviceConfig(Optional.of(value), heartbeatInterval, location);
    }

    public DeviceConfig withHeartbeatInterval(int seconds) {
        return new DeviceConfig(network, OptionalInt.of(seconds), location);
    }

    public DeviceConfig withLocation(Coordinates value) {
        return new DeviceConfig(network, heartbeatInterval, Optional.of(value));
    }

    public boolean isEmpty() {
        return network.isEmpty() && heartbeatInterval.isEmpty() && location.isEmpty();
    }

    static int checkHeartbeatInterval(int seconds) {
        if (seconds < MIN_HEARTBEAT_INTERVAL || seconds > MAX_HEARTBEAT_INTERVAL) {
            throw new IllegalArgumentException("heartbeat interval must be " + MIN_HEARTBEAT_INTERVAL + ".."
                    + MAX_HEARTBEAT_INTERVAL + " seconds, not " + seconds);
        }
        return seconds;
    }
}
