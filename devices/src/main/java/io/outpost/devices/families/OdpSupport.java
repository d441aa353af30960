package io.outpost.devices.families;

import io.outpost.devices.catalog.DeviceFamily;
import io.outpost.devices.odp.DeviceStatus;
import io.outpost.devices.odp.Heartbeat;
import io.outpost.devices.odp.Identity;
import io.outpost.devices.odp.OdpClient;
import io.outpost.devices.odp.OdpLineParser;
import io.outpost.devices.odp.OdpMessage;
import io.outpost.devices.odp.Verification;
import io.outpost.devices.probe.ActiveIdentifier;
import io.outpost.devices.probe.Identification;
import io.outpost.devices.probe.Recognizer;
import io.outpost.devices.serial.LineSettings;
import io.outpost.devices.serial.SerialLink;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Outpost's reference device (ODP/1): asked with {@code identify} and {@code status}, or recognised by a
 * heartbeat it sends on its own. A public key that does not hash to the claimed address, or a heartbeat
 * whose signature does not check out, is reported as such and never trusted.
 */
final class OdpSupport {
    static final LineSettings LINE = LineSettings.eightNOne(115200);

    private OdpSupport() {
    }

    static Map<String, Object> heartbeatReading(Heartbeat heartbeat) {
        Map<String, Object> reading = new LinkedHashMap<>();
        reading.put("seq", heartbeat.seq());
        reading.put("time", heartbeat.time());
        reading.put("uptimeSeconds", heartbeat.uptime());
        reading.put("verified", heartbeat.verify() == Verification.VERIFIED);
        return reading;
    }

    static Recognizer recognizer() {
        OdpLineParser parser = new OdpLineParser();
        return new Recognizer() {
            @Override
            public DeviceFamily family() {
                return DeviceFamily.ODP;
            }

            @Override
            public Optional<Identification> hear(byte[] data, int length) {
                return parser.feed(data, 0, length).stream()
                        .flatMap(message -> message instanceof OdpMessage.Notification n ? Heartbeat.from(n).stream()
                                : Stream.<Heartbeat>empty())
                        .findFirst()
                        .map(heartbeat -> new Identification(DeviceFamily.ODP, "Outpost device",
                                Map.of("device", heartbeat.device().value()), heartbeatReading(heartbeat)));
            }
        };
    }

    static ActiveIdentifier identifier() {
        return new ActiveIdentifier() {
            @Override
            public DeviceFamily family() {
                return DeviceFamily.ODP;
            }

            @Override
            public LineSettings lineSettings() {
                return LINE;
            }

            @Override
            public Optional<Identification> identify(SerialLink link, Duration timeout) throws IOException {
                OdpClient client = new OdpClient(link, timeout);
                Identity identity;
                try {
                    identity = client.identify();
                } catch (OdpClient.OdpException notOdp) {
                    return Optional.empty();
                }
                Optional<DeviceStatus> status;
                try {
                    status = Optional.of(client.status());
                } catch (OdpClient.OdpException noStatus) {
                    status = Optional.empty();
                }
                return Optional.of(identification(identity, status));
            }
        };
    }

    private static Identification identification(Identity identity, Optional<DeviceStatus> status) {
        Map<String, Object> id = new LinkedHashMap<>();
        id.put("device", identity.device().value());
        id.put("serial", identity.serial());
        id.put("firmware", identity.firmware());
        id.put("hardware", identity.hardware());
        id.put("publicKeyMatchesDevice", identity.publicKeyMatchesDevice());
        Map<String, Object> reading = new LinkedHashMap<>();
        status.ifPresent(s -> {
            reading.put("uptimeSeconds", s.uptime());
            reading.put("heartbeatIntervalSeconds", s.heartbeatInterval());
            s.network().ifPresent(network -> reading.put("network", network.name()));
        });
        return new Identification(DeviceFamily.ODP, identity.model(), id, reading);
    }
}
