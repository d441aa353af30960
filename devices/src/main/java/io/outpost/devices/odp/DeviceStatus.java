package io.outpost.devices.odp;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** A device's state from the result of {@code status}; network and location are empty until configured. */
public record DeviceStatus(long uptime, int heartbeatInterval, Optional<Network> network, Optional<Location> location) {

    public DeviceStatus {
        if (uptime < 0) {
            throw new IllegalArgumentException("uptime is negative");
        }
        DeviceConfig.checkHeartbeatInterval(heartbeatInterval);
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(location, "location");
    }

    /** Where the device is and how it knows: from its own GNSS receiver or set by hand. */
    public record Location(Coordinates coordinates, Source source) {
        public Location {
            Objects.requireNonNull(coordinates, "coordinates");
            Objects.requireNonNull(source, "source");
        }
    }

    public enum Source { GNSS, MANUAL }

    /** The status in a {@code status} result; empty if a field is missing, mistyped or out of range. */
    public static Optional<DeviceStatus> from(JsonNode result) {
        return Fields.parse(result, r -> new DeviceStatus(Fields.count(r, "uptime"),
                Fields.integer(r, "heartbeatInterval"), network(Fields.member(r, "network")),
                Fields.nullable(r, "location").map(DeviceStatus::location)));
    }

    /** Both name and chain id, or neither (not configured); one without the other is malformed. */
    private static Optional<Network> network(JsonNode network) {
        if (!network.isObject()) {
            throw new IllegalArgumentException("network is not an object");
        }
        Optional<String> name = Fields.nullable(network, "name").map(value -> Fields.asString(value, "name"));
        Optional<Long> chainId = Fields.nullable(network, "chainId").map(value -> Fields.asCount(value, "chainId"));
        if (name.isPresent() != chainId.isPresent()) {
            throw new IllegalArgumentException("network has a name or a chain id, not both");
        }
        return name.map(value -> new Network(value, chainId.orElseThrow()));
    }

    private static Location location(JsonNode location) {
        if (!location.isObject()) {
            throw new IllegalArgumentException("location is not an object");
        }
        Coordinates coordinates = new Coordinates(Fields.number(location, "lat"), Fields.number(location, "lon"));
        String source = Fields.string(location, "source");
        if (!source.equals("gnss") && !source.equals("manual")) {
            throw new IllegalArgumentException("location source is neither gnss nor manual");
        }
        return new Location(coordinates, Source.valueOf(source.toUpperCase(Locale.ROOT)));
    }
}
