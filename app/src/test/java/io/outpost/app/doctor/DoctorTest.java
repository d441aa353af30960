package io.outpost.app.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import io.outpost.app.storage.AppDirectories;
import io.outpost.devices.catalog.UsbCatalog;
import io.outpost.devices.diagnose.ProcessTable;
import io.outpost.devices.diagnose.UsbDevices;
import io.outpost.devices.serial.SerialAccessCheck;
import io.outpost.devices.serial.SerialPortInfo;
import io.outpost.devices.serial.SerialPortScanner;
import io.outpost.devices.serial.UsbId;
import io.outpost.i18n.Language;
import io.outpost.i18n.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DoctorTest {
    private static final SystemFacts HEALTHY = new SystemFacts(Runtime.Version.parse("25.0.3"), Optional.of("25.0.4"),
            "Linux", "6.1", "amd64", "ana");

    @TempDir
    Path temp;

    private final Messages messages = new Messages(Language.ENGLISH);
    private final SerialPortScanner twoPorts = () -> List.of(new SerialPortInfo("/dev/ttyUSB0", "CP2102", "Silicon Labs", Optional.of(UsbId.parse("10c4:ea60")), "0001", "1-1.2"),
            SerialPortInfo.ofPath("/dev/ttyACM0"));

    private SerialAccessCheck accessWithGroups(Set<String> groups) throws Exception {
        Path dev = Files.createDirectories(temp.resolve("dev"));
        Path groupFile = Files.writeString(temp.resolve("group"), "dialout:x:20:\n");
        return new SerialAccessCheck(dev, groupFile, "ana", () -> groups);
    }

    private Doctor doctor(SystemFacts facts, Path data, SerialPortScanner scanner, Set<String> groups) throws Exception {
        SerialDiagnostics diagnostics = new SerialDiagnostics(messages, new ProcessTable(Files.createDirectories(temp.resolve("proc"))),
                new UsbDevices(Files.createDirectories(temp.resolve("usb"))), UsbCatalog.builtIn());
        return new Doctor(messages, facts, AppDirectories.portable(data), scanner, accessWithGroups(groups), diagnostics);
    }

    private void runningProcess(long pid, String name) throws Exception {
        Path folder = Files.createDirectories(temp.resolve("proc").resolve(Long.toString(pid)));
        Files.writeString(folder.resolve("comm"), name + "\n");
    }

    private void usbDevice(String folder, String vendor, String product) throws Exception {
        Path device = Files.createDirectories(temp.resolve("usb").resolve(folder));
        Files.writeString(device.resolve("idVendor"), vendor + "\n");
        Files.writeString(device.resolve("idProduct"), product + "\n");
    }

    private static CheckResult check(DoctorReport report, String id) {
        return report.checks().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void healthyMachinePassesEveryCheck() throws Exception {
        DoctorReport report = doctor(HEALTHY, temp.resolve("data"), twoPorts, Set.of("dialout")).run();

        assertThat(report.allPassed()).isTrue();
        assertThat(report.checks()).extracting(CheckResult::id)
                .containsExactly("java", "javafx", "os", "dataDir", "serialPorts", "serialAccess", "modemManager", "brltty",
                        "usbWithoutPort");
        assertThat(check(report, "serialPorts").value()).isEqualTo("2 found");
        assertThat(report.checks()).allSatisfy(c -> assertThat(c.fix()).isEmpty());
    }

    @Test
    void eachFailureNamesItsFix() throws Exception {
        SystemFacts old = new SystemFacts(Runtime.Version.parse("17.0.15"), Optional.empty(), "Linux", "6.1", "amd64", "ana");
        Path notAFolder = Files.writeString(temp.resolve("file"), "x");
        SerialPortScanner broken = () -> {
            throw new IllegalStateException("native library failed");
        };

        DoctorReport report = doctor(old, notAFolder.resolve("data"), broken, Set.of("ana")).run();

        assertThat(report.failures()).isEqualTo(5);
        assertThat(check(report, "java").fix()).hasValueSatisfying(f -> assertThat(f).contains("Java 25"));
        assertThat(check(report, "javafx").fix()).isPresent();
        assertThat(check(report, "dataDir").fix()).hasValueSatisfying(f -> assertThat(f).contains("--data-dir"));
        assertThat(check(report, "serialPorts").fix()).isPresent();
        assertThat(check(report, "serialAccess").value()).contains("dialout");
        assertThat(check(report, "serialAccess").fix()).hasValue("Run “sudo usermod -aG dialout ana”, then log out and back in.");
    }

    @Test
    void servicesThatGrabPortsAndAdaptersWithoutAPortAreFound() throws Exception {
        runningProcess(512, "ModemManager");
        runningProcess(513, "brltty");
        usbDevice("1-1", "1546", "01a8");
        usbDevice("1-4", "1a86", "7523");
        SerialPortScanner ubloxOnly = () -> List.of(new SerialPortInfo("/dev/ttyACM0", "", "",
                Optional.of(UsbId.parse("1546:01a8")), "", "1-1"));

        DoctorReport report = doctor(HEALTHY, temp.resolve("data"), ubloxOnly, Set.of("dialout")).run();

        assertThat(check(report, "modemManager").fix()).hasValueSatisfying(f -> assertThat(f).contains("systemctl stop ModemManager"));
        assertThat(check(report, "brltty").fix()).hasValueSatisfying(f -> assertThat(f).contains("apt remove brltty"));
        assertThat(check(report, "usbWithoutPort").value()).contains("CH340");
        assertThat(check(report, "usbWithoutPort").fix()).hasValueSatisfying(f -> assertThat(f).contains("modprobe ch341"));
        assertThat(report.failures()).isEqualTo(3);
    }

    @Test
    void serialGroupsDoNotMatterOutsideLinux() throws Exception {
        SystemFacts mac = new SystemFacts(Runtime.Version.parse("25"), Optional.of("25.0.4"), "Mac OS X", "15", "aarch64", "ana");
        assertThat(check(doctor(mac, temp.resolve("d"), twoPorts, Set.of()).run(), "serialAccess").ok()).isTrue();
    }
}
