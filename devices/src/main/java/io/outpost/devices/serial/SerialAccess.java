package io.outpost.devices.serial;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Whether this user may open serial devices. {@code group} is the group that owns them (or, with no device
 * plugged in, the group that usually does on this system), present only where group membership matters.
 */
public record SerialAccess(Status status, Optional<String> group, String user, List<Path> devices) {
    public enum Status { GRANTED, MISSING_GROUP, NOT_APPLICABLE }

    public SerialAccess {
        devices = List.copyOf(devices);
    }
}
