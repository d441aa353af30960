package io.outpost.devices.probe;

import io.outpost.devices.diagnose.RunningProcess;
import io.outpost.devices.serial.PortOpenException;
import java.util.List;

/** Why a port could not be probed, with what helps the user: the processes holding a busy port. */
public record ProbeFailure(String path, PortOpenException.Reason reason, List<RunningProcess> holders) {
    public ProbeFailure {
        holders = List.copyOf(holders);
    }
}
