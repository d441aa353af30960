package io.outpost.devices.families;

import io.outpost.devices.catalog.DeviceFamily;
import io.outpost.devices.probe.ActiveIdentifier;
import io.outpost.devices.probe.Identification;
import io.outpost.devices.probe.Recognizer;
import io.outpost.devices.sds011.Sds011Commands;
import io.outpost.devices.sds011.Sds011Frame;
import io.outpost.devices.sds011.Sds011Measurement;
import io.outpost.devices.sds011.Sds011Parser;
import io.outpost.devices.sds011.Sds011Reply;
import io.outpost.devices.serial.LineSettings;
import io.outpost.devices.serial.SerialLink;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The SDS011 air-quality sensor: recognised by its measurement frames; asked for data and firmware. */
final class Sds011Support {
    static final String MODEL = "Nova Fitness SDS011";
    static final LineSettings LINE = LineSettings.eightNOne(9600);

    private Sds011Support() {
    }

    static Map<String, Object> reading(Sds011Measurement m) {
        Map<String, Object> reading = new LinkedHashMap<>();
        reading.put("pm25Ugm3", m.pm25Ugm3());
        reading.put("pm10Ugm3", m.pm10Ugm3());
        return reading;
    }

    /** Listens for a measurement frame (the sensor's default active mode sends one a second). */
    static Recognizer recognizer() {
        Sds011Parser parser = new Sds011Parser();
        return new Recognizer() {
            @Override
            public DeviceFamily family() {
                return DeviceFamily.SDS011;
            }

            @Override
            public Optional<Identification> hear(byte[] data, int length) {
                return parser.feed(data, 0, length).stream()
                        .filter(Sds011Measurement.class::isInstance).map(Sds011Measurement.class::cast)
                        .findFirst()
                        .map(m -> identification(m, Optional.empty()));
            }
        };
    }

    /** Asks a sensor in query mode for its firmware date and a measurement. */
    static ActiveIdentifier identifier() {
        return new ActiveIdentifier() {
            @Override
            public DeviceFamily family() {
                return DeviceFamily.SDS011;
            }

            @Override
            public LineSettings lineSettings() {
                return LINE;
            }

            @Override
            public Optional<Identification> identify(SerialLink link, Duration timeout) throws IOException {
                Sds011Commands commands = Sds011Commands.allSensors();
                link.write(commands.queryFirmwareVersion());
                link.write(commands.queryData());
                return awaitMeasurement(link, timeout);
            }
        };
    }

    private static Optional<Identification> awaitMeasurement(SerialLink link, Duration timeout) throws IOException {
        Sds011Parser parser = new Sds011Parser();
        Optional<LocalDate> firmware = Optional.empty();
        byte[] buffer = new byte[256];
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            int n = link.read(buffer, 50);
            for (Sds011Frame frame : parser.feed(buffer, 0, n)) {
                if (frame instanceof Sds011Reply.FirmwareReply reply) {
                    firmware = Optional.of(reply.firmwareDate());
                } else if (frame instanceof Sds011Measurement measurement) {
                    return Optional.of(identification(measurement, firmware));
                }
            }
        }
        return Optional.empty();
    }

    private static Identification identification(Sds011Measurement m, Optional<LocalDate> firmware) {
        Map<String, Object> identity = new LinkedHashMap<>();
        identity.put("id", m.deviceId());
        firmware.ifPresent(date -> identity.put("firmware", date.toString()));
        return new Identification(DeviceFamily.SDS011, MODEL, identity, reading(m));
    }
}
