package io.outpost.app.doctor;

import io.outpost.devices.catalog.UsbCatalog;
import io.outpost.devices.diagnose.ProcessTable;
import io.outpost.devices.diagnose.SerialConflicts;
import io.outpost.devices.diagnose.UsbDevices;
import io.outpost.devices.serial.SerialPortInfo;
import io.outpost.devices.serial.UsbId;
import io.outpost.i18n.Messages;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Linux's usual serial troubles: ModemManager or brltty taking ports, and a known USB serial adapter that
 * is plugged in but got no port (no driver, or brltty claimed it). Other systems: not applicable.
 */
public final class SerialDiagnostics {
    // The kernel module that drives each bridge vendor's chips; CDC-ACM devices use cdc_acm.
    private static final Map<Integer, String> DRIVERS = Map.of(0x1a86, "ch341", 0x10c4, "cp210x", 0x0403, "ftdi_sio",
            0x067b, "pl2303");

    private final Messages messages;
    private final ProcessTable processes;
    private final UsbDevices usbDevices;
    private final UsbCatalog catalog;

    public SerialDiagnostics(Messages messages, ProcessTable processes, UsbDevices usbDevices, UsbCatalog catalog) {
        this.messages = messages;
        this.processes = processes;
        this.usbDevices = usbDevices;
        this.catalog = catalog;
    }

    public List<CheckResult> checks(boolean linux, List<SerialPortInfo> ports) {
        if (!linux) {
            String notNeeded = messages.get("doctor.notNeeded");
            return List.of(CheckResult.pass("modemManager", messages.get("doctor.check.modemManager"), notNeeded),
                    CheckResult.pass("brltty", messages.get("doctor.check.brltty"), notNeeded),
                    CheckResult.pass("usbWithoutPort", messages.get("doctor.check.usbWithoutPort"), notNeeded));
        }
        List<SerialConflicts.Service> running = SerialConflicts.running(processes.processes());
        return List.of(
                conflict("modemManager", "doctor.check.modemManager", running.contains(SerialConflicts.Service.MODEM_MANAGER),
                        "doctor.modemManager.running", "doctor.modemManager.fix"),
                conflict("brltty", "doctor.check.brltty", running.contains(SerialConflicts.Service.BRLTTY),
                        "doctor.brltty.running", "doctor.brltty.fix"),
                usbWithoutPort(ports));
    }

    private CheckResult conflict(String id, String labelKey, boolean runs, String runningKey, String fixKey) {
        String label = messages.get(labelKey);
        return runs ? CheckResult.fail(id, label, messages.get(runningKey), messages.get(fixKey))
                : CheckResult.pass(id, label, messages.get("doctor.conflict.notRunning"));
    }

    private CheckResult usbWithoutPort(List<SerialPortInfo> ports) {
        String label = messages.get("doctor.check.usbWithoutPort");
        Set<UsbId> withPort = ports.stream().flatMap(p -> p.usbId().stream()).collect(Collectors.toSet());
        Optional<UsbId> orphan = usbDevices.present().stream()
                .filter(id -> catalog.lookup(id).isPresent() && !withPort.contains(id))
                .findFirst();
        if (orphan.isEmpty()) {
            return CheckResult.pass("usbWithoutPort", label, messages.get("doctor.usb.allHavePorts"));
        }
        UsbId id = orphan.get();
        String what = catalog.lookup(id).orElseThrow().what();
        return CheckResult.fail("usbWithoutPort", label, messages.get("doctor.usb.noPort", what),
                messages.get("doctor.usb.fixLinux", DRIVERS.getOrDefault(id.vendorId(), "cdc_acm")));
    }
}
