package io.outpost.devices.probe;

import io.outpost.devices.serial.LineSettings;
import io.outpost.devices.serial.PortOpenException;
import io.outpost.devices.serial.SerialLink;
import io.outpost.devices.serial.SerialPorts;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Identifies what is on a port the way gpsd does: listen first, at each candidate baud rate, for framed,
 * checksum-valid data of any family; write (ODP {@code identify}) only when the plan allows it.
 */
public final class DeviceProber {
    private static final int READ_SLICE_MILLIS = 50;

    private final SerialPorts ports;
    private final Supplier<List<Recognizer>> recognizers;
    private final List<ActiveIdentifier> identifiers;

    public DeviceProber(SerialPorts ports, Supplier<List<Recognizer>> recognizers, List<ActiveIdentifier> identifiers) {
        this.ports = ports;
        this.recognizers = recognizers;
        this.identifiers = List.copyOf(identifiers);
    }

    /** @return what is on {@code path}, or empty when nothing was recognised within the plan's timeout */
    public Optional<Identification> probe(String path, ProbePlan plan) throws PortOpenException, IOException {
        int windows = plan.baudRates().size() + (plan.mayWrite() ? identifiers.size() : 0);
        Duration window = plan.timeout().dividedBy(Math.max(1, windows));
        for (int baud : plan.baudRates()) {
            LineSettings settings = new LineSettings(baud, 8, LineSettings.Parity.NONE, 1, plan.holdControlLinesLow());
            Optional<Identification> heard = listen(path, settings, window);
            if (heard.isPresent()) {
                Identification found = heard.get().heardOn(settings);
                return Optional.of(plan.mayWrite() ? enrich(path, plan, found, window) : found);
            }
        }
        if (plan.mayWrite()) {
            for (ActiveIdentifier identifier : identifiers) {
                Optional<Identification> answered = ask(path, plan, identifier, window);
                if (answered.isPresent()) {
                    return answered;
                }
            }
        }
        return Optional.empty();
    }

    // A device heard on its own (an ODP heartbeat) is also asked, where allowed, for what only an answer gives.
    private Identification enrich(String path, ProbePlan plan, Identification heard, Duration window)
            throws PortOpenException, IOException {
        for (ActiveIdentifier identifier : identifiers) {
            if (identifier.family() == heard.family()) {
                Optional<Identification> answered = ask(path, plan, identifier, window);
                if (answered.isPresent()) {
                    Map<String, Object> reading = new LinkedHashMap<>(heard.reading());
                    reading.putAll(answered.get().reading());
                    return new Identification(heard.family(), answered.get().model(), answered.get().identity(), reading,
                            answered.get().line());
                }
            }
        }
        return heard;
    }

    private Optional<Identification> ask(String path, ProbePlan plan, ActiveIdentifier identifier, Duration window)
            throws PortOpenException, IOException {
        LineSettings settings = plan.holdControlLinesLow()
                ? identifier.lineSettings().withControlLinesLow() : identifier.lineSettings();
        try (SerialLink link = ports.open(path, settings)) {
            return identifier.identify(link, window).map(found -> found.heardOn(settings));
        }
    }

    private Optional<Identification> listen(String path, LineSettings settings, Duration window)
            throws PortOpenException, IOException {
        List<Recognizer> listening = recognizers.get();
        byte[] buffer = new byte[1024];
        long deadline = System.nanoTime() + window.toNanos();
        try (SerialLink link = ports.open(path, settings)) {
            while (System.nanoTime() < deadline) {
                int n = link.read(buffer, READ_SLICE_MILLIS);
                for (Recognizer recognizer : listening) {
                    Optional<Identification> found = n > 0 ? recognizer.hear(buffer, n) : Optional.empty();
                    if (found.isPresent()) {
                        return found;
                    }
                }
            }
        }
        return Optional.empty();
    }
}
