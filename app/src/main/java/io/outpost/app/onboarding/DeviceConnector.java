package io.outpost.app.onboarding;

import io.outpost.app.devices.DeviceProbing;
import io.outpost.app.devices.DeviceWatching;
import io.outpost.app.devices.ProbeOutcome;
import io.outpost.app.sensors.HostKeys;
import io.outpost.devices.catalog.DeviceFamily;
import io.outpost.devices.odp.Coordinates;
import io.outpost.devices.probe.Identification;
import io.outpost.devices.serial.LineSettings;
import io.outpost.devices.serial.PortOpenException;
import io.outpost.devices.serial.SerialLink;
import io.outpost.devices.serial.SerialPorts;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Finds out what is on a port and opens it for onboarding: an ODP device (which must prove its key) or a sensor
 * Outpost can read (SDS011, NMEA GNSS, DSMR), which this computer will sign for. The wizard and
 * {@code outpost onboard} both start here.
 */
public final class DeviceConnector {
    /** Per baud rate tried: an SDS011 sends a frame a second, an ODP device answers identify at once. */
    static final Duration PROBE_TIMEOUT = Duration.ofSeconds(3);
    private static final LineSettings ODP_LINE = LineSettings.eightNOne(115200);

    private final SerialPorts ports;
    private final DeviceProbing probing;
    private final DeviceWatching watching;
    private final Clock clock;

    public DeviceConnector(SerialPorts ports, DeviceProbing probing, DeviceWatching watching, Clock clock) {
        this.ports = ports;
        this.probing = probing;
        this.watching = watching;
        this.clock = clock;
    }

    /** The device on {@code port}, open; {@code keys} makes a sensor's key once its owner is known. */
    public OnboardingDevice connect(String port, HostKeys keys) throws IOException, PortOpenException {
        return switch (probing.probe(port, PROBE_TIMEOUT)) {
            case ProbeOutcome.CannotOpen cannot -> throw new PortOpenException(port, cannot.failure().reason(),
                    "the port could not be opened");
            case ProbeOutcome.NothingRecognized nothing -> throw new OnboardingException(
                    OnboardingException.Reason.NOT_RECOGNIZED, "nothing Outpost knows answered on " + port);
            case ProbeOutcome.Identified identified -> open(port, identified.identification(), keys);
        };
    }

    /** The position a GNSS receiver on {@code port} reports now; empty when it is no receiver or has no fix. */
    public Optional<Coordinates> positionOf(String port) {
        return probing.probe(port, PROBE_TIMEOUT) instanceof ProbeOutcome.Identified found
                ? SensorDevice.positionIn(found.identification().reading()) : Optional.empty();
    }

    private OnboardingDevice open(String port, Identification found, HostKeys keys) throws IOException, PortOpenException {
        if (found.family() != DeviceFamily.ODP) {
            return new SensorDevice(port, found, watching, keys, clock);
        }
        SerialLink link = ports.open(port, found.line() != null ? found.line() : ODP_LINE);
        try {
            return OdpDevice.identify(port, link);
        } catch (IOException | RuntimeException e) {
            link.close();
            throw e;
        }
    }
}
