package io.outpost.app.doctor;

import io.outpost.app.storage.AppDirectories;
import io.outpost.devices.serial.SerialAccess;
import io.outpost.devices.serial.SerialAccessCheck;
import io.outpost.devices.serial.SerialPortInfo;
import io.outpost.devices.serial.SerialPortScanner;
import io.outpost.i18n.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Checks that this computer can run Outpost and reach its devices; each failure says how to fix it. */
public final class Doctor {
    static final int MIN_JAVA = 25;

    private final Messages messages;
    private final SystemFacts facts;
    private final AppDirectories directories;
    private final SerialPortScanner scanner;
    private final SerialAccessCheck serialAccess;
    private final SerialDiagnostics diagnostics;

    public Doctor(Messages messages, SystemFacts facts, AppDirectories directories, SerialPortScanner scanner,
                  SerialAccessCheck serialAccess, SerialDiagnostics diagnostics) {
        this.messages = messages;
        this.facts = facts;
        this.directories = directories;
        this.scanner = scanner;
        this.serialAccess = serialAccess;
        this.diagnostics = diagnostics;
    }

    public DoctorReport run() {
        List<CheckResult> checks = new ArrayList<>(List.of(java(), javafx(), os(), dataDir()));
        List<SerialPortInfo> ports = new ArrayList<>();
        checks.add(serialPorts(ports));
        checks.add(serialAccess());
        checks.addAll(diagnostics.checks(facts.linux(), ports));
        return new DoctorReport(checks);
    }

    private CheckResult java() {
        String label = messages.get("doctor.check.java");
        String version = facts.javaVersion().toString();
        return facts.javaVersion().feature() >= MIN_JAVA
                ? CheckResult.pass("java", label, version)
                : CheckResult.fail("java", label, messages.get("doctor.java.tooOld", version, MIN_JAVA),
                        messages.get("doctor.java.fix", MIN_JAVA));
    }

    private CheckResult javafx() {
        String label = messages.get("doctor.check.javafx");
        return facts.javafxVersion()
                .map(v -> CheckResult.pass("javafx", label, v))
                .orElseGet(() -> CheckResult.fail("javafx", label, messages.get("doctor.javafx.missing"),
                        messages.get("doctor.javafx.fix")));
    }

    private CheckResult os() {
        return CheckResult.pass("os", messages.get("doctor.check.os"),
                facts.osName() + " " + facts.osVersion() + " (" + facts.osArch() + ")");
    }

    private CheckResult dataDir() {
        String label = messages.get("doctor.check.dataDir");
        Path data = directories.data();
        return writable(data)
                ? CheckResult.pass("dataDir", label, messages.get("doctor.dataDir.ok", data))
                : CheckResult.fail("dataDir", label, messages.get("doctor.dataDir.notWritable", data),
                        messages.get("doctor.dataDir.fix", data));
    }

    // Fills {@code found} with the ports, for the checks that compare them with the USB devices.
    private CheckResult serialPorts(List<SerialPortInfo> found) {
        String label = messages.get("doctor.check.serialPorts");
        try {
            found.addAll(scanner.listPorts());
            int count = found.size();
            return CheckResult.pass("serialPorts", label, messages.get("doctor.serialPorts.count", count));
        } catch (RuntimeException | LinkageError e) {
            return CheckResult.fail("serialPorts", label, messages.get("doctor.serialPorts.failed"),
                    messages.get("doctor.serialPorts.fix"));
        }
    }

    private CheckResult serialAccess() {
        String label = messages.get("doctor.check.serialAccess");
        SerialAccess access = serialAccess.check(facts.linux());
        return switch (access.status()) {
            case NOT_APPLICABLE -> CheckResult.pass("serialAccess", label, messages.get("doctor.notNeeded"));
            case GRANTED -> CheckResult.pass("serialAccess", label, messages.get("doctor.serialAccess.granted"));
            case MISSING_GROUP -> {
                String group = access.group().orElseThrow();
                yield CheckResult.fail("serialAccess", label, messages.get("doctor.serialAccess.missingGroup", group),
                        messages.get("doctor.serialAccess.fix", group, access.user()));
            }
        };
    }

    // Creates the folder if needed, then proves a file can be written there.
    private static boolean writable(Path folder) {
        try {
            Files.createDirectories(folder);
            Path probe = Files.createTempFile(folder, ".doctor", ".tmp");
            Files.delete(probe);
            return true;
        } catch (IOException | SecurityException e) {
            return false;
        }
    }
}
