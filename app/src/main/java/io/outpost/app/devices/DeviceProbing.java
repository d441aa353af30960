package io.outpost.app.devices;

import io.outpost.devices.catalog.CatalogEntry;
import io.outpost.devices.catalog.UsbCatalog;
import io.outpost.devices.diagnose.ProcessTable;
import io.outpost.devices.diagnose.RunningProcess;
import io.outpost.devices.probe.DeviceProber;
import io.outpost.devices.probe.ProbeFailure;
import io.outpost.devices.probe.ProbePlan;
import io.outpost.devices.serial.PortOpenException;
import io.outpost.devices.serial.SerialPortInfo;
import io.outpost.devices.serial.SerialPortScanner;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Identifies the device on a port the user chose. The USB catalog orders the baud rates; since the user
 * picked the port, the prober may also ask it who it is. Blocks for up to the timeout: never on a UI thread.
 */
public final class DeviceProbing {
    private final SerialPortScanner scanner;
    private final UsbCatalog catalog;
    private final DeviceProber prober;
    private final ProcessTable processes;

    public DeviceProbing(SerialPortScanner scanner, UsbCatalog catalog, DeviceProber prober, ProcessTable processes) {
        this.scanner = scanner;
        this.catalog = catalog;
        this.prober = prober;
        this.processes = processes;
    }

    public ProbeOutcome probe(String path, Duration timeout) {
        Optional<CatalogEntry> likely = scanner.listPorts().stream()
                .filter(port -> port.systemPath().equals(path))
                .findFirst()
                .flatMap(SerialPortInfo::usbId)
                .flatMap(catalog::lookup);
        List<Integer> bauds = likely.map(CatalogEntry::baudRates).filter(b -> !b.isEmpty()).orElse(ProbePlan.COMMON_BAUD_RATES);
        ProbePlan plan = new ProbePlan(bauds, timeout, true, likely.map(CatalogEntry::holdControlLinesLow).orElse(false));
        try {
            return prober.probe(path, plan)
                    .<ProbeOutcome>map(found -> new ProbeOutcome.Identified(path, found))
                    .orElseGet(() -> new ProbeOutcome.NothingRecognized(path));
        } catch (PortOpenException e) {
            var holders = e.reason() == PortOpenException.Reason.BUSY ? processes.holding(Path.of(path)) : List.<RunningProcess>of();
            return new ProbeOutcome.CannotOpen(new ProbeFailure(path, e.reason(), holders));
        } catch (IOException e) {
            return new ProbeOutcome.CannotOpen(new ProbeFailure(path, PortOpenException.Reason.OTHER, List.of()));
        }
    }
}
