package io.outpost.devices.families;

import io.outpost.devices.catalog.DeviceFamily;
import io.outpost.devices.emulate.Emulator;
import io.outpost.devices.emulate.ReplayEmulator;
import io.outpost.devices.probe.ActiveIdentifier;
import io.outpost.devices.probe.Recognizer;
import io.outpost.devices.sds011.Sds011Emulator;
import io.outpost.devices.serial.LineSettings;
import io.outpost.devices.odp.OdpEmulator;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import io.outpost.devices.dsmr.DsmrEmulator;
import io.outpost.devices.dsmr.DsmrParser;
import io.outpost.devices.dsmr.DsmrTelegram;
import io.outpost.devices.nmea.NmeaEmulator;
import io.outpost.devices.nmea.NmeaParser;
import io.outpost.devices.nmea.NmeaSentence;
import io.outpost.devices.odp.Heartbeat;
import io.outpost.devices.odp.OdpLineParser;
import io.outpost.devices.odp.OdpMessage;
import io.outpost.devices.protocol.FrameParser;
import io.outpost.devices.sds011.Sds011Measurement;
import io.outpost.devices.sds011.Sds011Parser;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Everything Outpost knows per device family, in one place: how to recognise, ask, read and emulate it. */
public final class DeviceFamilies {
    /** Fresh listeners for one probing window, one per family that can be recognised by listening. */
    public List<Recognizer> recognizers() {
        return List.of(Sds011Support.recognizer(), OdpSupport.recognizer(), DsmrSupport.recognizer(), NmeaSupport.recognizer());
    }

    /** The families that answer when asked who they are, in the order they are asked. */
    public List<ActiveIdentifier> identifiers() {
        return List.of(OdpSupport.identifier(), Sds011Support.identifier(), NmeaSupport.identifier());
    }

    /** The line settings a family's devices use (for SDS011 fixed; for the others their usual default). */
    public LineSettings lineSettings(DeviceFamily family) {
        return switch (family) {
            case SDS011 -> Sds011Support.LINE;
            case ODP -> OdpSupport.LINE;
            case DSMR -> LineSettings.eightNOne(115200);
            case NMEA -> LineSettings.eightNOne(9600);
        };
    }

    /** A human-readable name of what the emulator of {@code family} pretends to be. */
    public String emulatedModel(DeviceFamily family) {
        return switch (family) {
            case SDS011 -> Sds011Support.MODEL;
            case ODP -> "Outpost reference hotspot";
            case NMEA -> "GNSS receiver";
            case DSMR -> "DSMR smart meter";
        };
    }

    /**
     * An emulator for {@code family}: replaying {@code replay} when given, otherwise producing plausible live
     * data. {@code stateFolder} keeps what a device keeps across restarts (the ODP device's key).
     */
    public Emulator emulator(DeviceFamily family, Optional<byte[]> replay, Path stateFolder) throws IOException {
        if (replay.isPresent()) {
            return new ReplayEmulator(replay.get(), lineSettings(family));
        }
        return switch (family) {
            case SDS011 -> new Sds011Emulator("A160", LocalDate.of(2015, 7, 10), System.nanoTime());
            case ODP -> OdpEmulator.inFolder(stateFolder.resolve("odp"), Clock.systemUTC());
            case DSMR -> new DsmrEmulator(Clock.systemUTC(), System.nanoTime());
            // A spot in Amsterdam: any place works, a plausible one reads better in the demo.
            case NMEA -> new NmeaEmulator(Clock.systemUTC(), System.nanoTime(), 52.3676, 4.9041);
        };
    }

    /** A fresh parser for one connection to a device of {@code family}. */
    public FrameParser<?> parser(DeviceFamily family) {
        return switch (family) {
            case ODP -> new OdpLineParser();
            case SDS011 -> new Sds011Parser();
            case DSMR -> new DsmrParser();
            case NMEA -> new NmeaParser();
        };
    }

    /**
     * What a watcher shows of a frame: a {@code type} and its values (units in the names), or empty for frames
     * that are protocol chatter. An ODP heartbeat always carries {@code verified}: a forged one says false.
     */
    public Optional<Map<String, Object>> describe(Object frame) {
        return switch (frame) {
            case Sds011Measurement m -> Optional.of(typed("reading", Sds011Support.reading(m)));
            case DsmrTelegram t -> Optional.of(typed("reading", DsmrSupport.reading(t)));
            case NmeaSentence sentence -> NmeaSupport.describe(sentence).map(values -> typed("reading", values));
            case OdpMessage.Notification n -> Heartbeat.from(n).map(h -> {
                Map<String, Object> values = new LinkedHashMap<>();
                values.put("device", h.device().value());
                values.putAll(OdpSupport.heartbeatReading(h));
                return typed("heartbeat", values);
            });
            default -> Optional.empty();
        };
    }

    private static Map<String, Object> typed(String type, Map<String, Object> values) {
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("type", type);
        described.putAll(values);
        return described;
    }
}
