package io.outpost.devices.families;

import io.outpost.devices.catalog.DeviceFamily;
import io.outpost.devices.dsmr.DsmrParser;
import io.outpost.devices.dsmr.DsmrTelegram;
import io.outpost.devices.probe.Identification;
import io.outpost.devices.probe.Recognizer;
import io.outpost.devices.serial.LineSettings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Smart meters on their P1 port (DSMR 2.2 to 5, Belgian e-MUCS). Meters only send; they are recognised by
 * listening. DSMR 2.2/3 meters use 7E1: heard as 8N1 at the same rate, each byte carries its parity bit on
 * top, so a second parser hears the bytes with that bit cleared.
 */
final class DsmrSupport {
    static final LineSettings SEVEN_E_ONE = new LineSettings(9600, 7, LineSettings.Parity.EVEN, 1, false);
    private DsmrSupport() {
    }

    static Map<String, Object> reading(DsmrTelegram t) {
        Map<String, Object> reading = new LinkedHashMap<>();
        t.powerDeliveredKw().ifPresent(v -> reading.put("powerDeliveredKw", v));
        t.powerReturnedKw().ifPresent(v -> reading.put("powerReturnedKw", v));
        t.energyDeliveredTotalKwh().ifPresent(v -> reading.put("energyDeliveredKwh", v));
        t.energyReturnedTotalKwh().ifPresent(v -> reading.put("energyReturnedKwh", v));
        t.gas().ifPresent(gas -> reading.put("gasM3", gas.volumeM3()));
        t.timestamp().ifPresent(time -> reading.put("time", time.toString()));
        return reading;
    }

    static Recognizer recognizer() {
        DsmrParser eightBit = new DsmrParser();
        DsmrParser sevenBit = new DsmrParser();
        return new Recognizer() {
            @Override
            public DeviceFamily family() {
                return DeviceFamily.DSMR;
            }

            @Override
            public Optional<Identification> hear(byte[] data, int length) {
                byte[] stripped = new byte[length];
                for (int i = 0; i < length; i++) {
                    stripped[i] = (byte) (data[i] & 0x7F);
                }
                List<DsmrTelegram> heard = eightBit.feed(data, 0, length);
                List<DsmrTelegram> heardSevenBit = sevenBit.feed(stripped, 0, length);
                if (!heard.isEmpty()) {
                    return Optional.of(identification(heard.getFirst()));
                }
                // Only the parity-stripped bytes made sense: a DSMR 2.2/3 meter speaking 7E1.
                return heardSevenBit.stream().findFirst().map(t -> identification(t).heardOn(SEVEN_E_ONE));
            }
        };
    }

    private static Identification identification(DsmrTelegram t) {
        Map<String, Object> identity = new LinkedHashMap<>();
        t.equipmentId().ifPresent(id -> identity.put("equipmentId", id));
        t.version().ifPresent(version -> identity.put("dsmrVersion", version));
        identity.put("header", t.header());
        return new Identification(DeviceFamily.DSMR, "Smart meter " + t.header(), identity, reading(t));
    }
}
