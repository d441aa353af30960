package io.outpost.devices.families;

import io.outpost.devices.catalog.DeviceFamily;
import io.outpost.devices.nmea.GgaSentence;
import io.outpost.devices.nmea.GnssFrame;
import io.outpost.devices.nmea.NmeaParser;
import io.outpost.devices.nmea.NmeaSentence;
import io.outpost.devices.nmea.UbxCommands;
import io.outpost.devices.nmea.UbxMonVer;
import io.outpost.devices.nmea.UbxSecUniqId;
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

/**
 * GNSS receivers speaking NMEA 0183: recognised by a checksum-valid fix (GGA). A u-blox receiver is also
 * asked, where writing is allowed, for its version (UBX-MON-VER) and unique id (UBX-SEC-UNIQID).
 */
final class NmeaSupport {
    static final String MODEL = "GNSS receiver (NMEA 0183)";

    private NmeaSupport() {
    }

    static Map<String, Object> reading(GgaSentence gga) {
        Map<String, Object> reading = new LinkedHashMap<>();
        gga.latitude().ifPresent(v -> reading.put("lat", v));
        gga.longitude().ifPresent(v -> reading.put("lon", v));
        gga.fixQuality().ifPresent(v -> reading.put("fixQuality", v));
        gga.satellitesUsed().ifPresent(v -> reading.put("satellites", v));
        gga.hdop().ifPresent(v -> reading.put("hdop", v));
        gga.altitude().ifPresent(v -> reading.put("altitudeM", v));
        gga.time().ifPresent(v -> reading.put("utcTime", v.toString()));
        return reading;
    }

    static Recognizer recognizer() {
        NmeaParser parser = new NmeaParser();
        return new Recognizer() {
            @Override
            public DeviceFamily family() {
                return DeviceFamily.NMEA;
            }

            @Override
            public Optional<Identification> hear(byte[] data, int length) {
                return parser.feed(data, 0, length).stream()
                        .filter(GgaSentence.class::isInstance).map(GgaSentence.class::cast)
                        .findFirst()
                        .map(gga -> new Identification(DeviceFamily.NMEA, MODEL, Map.of("talker", gga.talker()), reading(gga)));
            }
        };
    }

    static ActiveIdentifier identifier() {
        return new ActiveIdentifier() {
            @Override
            public DeviceFamily family() {
                return DeviceFamily.NMEA;
            }

            @Override
            public LineSettings lineSettings() {
                return LineSettings.eightNOne(9600);
            }

            @Override
            public Optional<Identification> identify(SerialLink link, Duration timeout) throws IOException {
                link.write(UbxCommands.pollMonVer());
                link.write(UbxCommands.pollSecUniqId());
                return awaitUblox(link, timeout);
            }
        };
    }

    // Collects the u-blox answers and a fix; a receiver that answers no poll is not u-blox: empty.
    private static Optional<Identification> awaitUblox(SerialLink link, Duration timeout) throws IOException {
        NmeaParser parser = new NmeaParser();
        UbxMonVer version = null;
        UbxSecUniqId uniqueId = null;
        GgaSentence fix = null;
        byte[] buffer = new byte[1024];
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline && (version == null || uniqueId == null || fix == null)) {
            int n = link.read(buffer, 50);
            for (GnssFrame frame : parser.feed(buffer, 0, n)) {
                switch (frame) {
                    case UbxMonVer v -> version = v;
                    case UbxSecUniqId u -> uniqueId = u;
                    case GgaSentence g -> fix = g;
                    default -> { }
                }
            }
        }
        if (version == null && uniqueId == null) {
            return Optional.empty();
        }
        Map<String, Object> identity = new LinkedHashMap<>();
        if (uniqueId != null) {
            identity.put("uniqueId", uniqueId.uniqueId());
        }
        String model = version == null ? "u-blox GNSS receiver"
                : "u-blox GNSS receiver (hardware " + version.hardware() + ", " + version.software() + ")";
        return Optional.of(new Identification(DeviceFamily.NMEA, model, identity,
                fix == null ? Map.of() : reading(fix)));
    }

    static Optional<Map<String, Object>> describe(NmeaSentence sentence) {
        return sentence instanceof GgaSentence gga ? Optional.of(reading(gga)) : Optional.empty();
    }
}
