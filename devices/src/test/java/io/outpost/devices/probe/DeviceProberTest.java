package io.outpost.devices.probe;

import static org.assertj.core.api.Assertions.assertThat;

import io.outpost.devices.catalog.DeviceFamily;
import io.outpost.devices.emulate.Emulator;
import io.outpost.devices.families.DeviceFamilies;
import io.outpost.devices.sds011.ReportingMode;
import io.outpost.devices.sds011.Sds011Commands;
import io.outpost.devices.sds011.Sds011Emulator;
import io.outpost.devices.serial.InMemoryLinks;
import io.outpost.devices.serial.LineSettings;
import io.outpost.devices.serial.SerialLink;
import io.outpost.devices.serial.SerialPorts;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The prober over in-memory links: what it hears, when it writes, and that it keeps quiet when it may not. */
@Timeout(30)
class DeviceProberTest {
    private final DeviceFamilies families = new DeviceFamilies();
    private final List<byte[]> written = new CopyOnWriteArrayList<>();

    /** Every open gets a fresh cable to the same device; what the prober writes is recorded. */
    private SerialPorts portsTo(Emulator emulator) {
        return (path, settings) -> {
            InMemoryLinks links = new InMemoryLinks(path);
            Thread.ofVirtual().start(() -> emulator.serve(links.device()));
            return recording(links.host());
        };
    }

    private SerialLink recording(SerialLink link) {
        return new SerialLink() {
            @Override
            public String path() {
                return link.path();
            }

            @Override
            public int read(byte[] buffer, int timeoutMillis) throws IOException {
                return link.read(buffer, timeoutMillis);
            }

            @Override
            public void write(byte[] data) throws IOException {
                written.add(data);
                link.write(data);
            }

            @Override
            public void close() {
                link.close();
            }
        };
    }

    private DeviceProber prober(Emulator emulator) {
        return new DeviceProber(portsTo(emulator), families::recognizers, families.identifiers());
    }

    @Test
    void aSensorThatTalksIsRecognisedByListeningAlone() throws Exception {
        Sds011Emulator sensor = new Sds011Emulator("9822", LocalDate.of(2017, 8, 21), 7);
        Optional<Identification> found = prober(sensor)
                .probe("/dev/ttyUSB0", new ProbePlan(List.of(9600), Duration.ofSeconds(4), false, false));
        sensor.stop();

        assertThat(found).hasValueSatisfying(id -> {
            assertThat(id.family()).isEqualTo(DeviceFamily.SDS011);
            assertThat(id.identity()).containsEntry("id", "9822");
            assertThat(id.line()).isEqualTo(LineSettings.eightNOne(9600));
        });
        assertThat(written).as("listening only").isEmpty();
    }

    @Test
    void aSilentDeviceIsNeverWrittenToWithoutPermission() throws Exception {
        Emulator silent = new Emulator() {
            private volatile boolean running = true;

            @Override
            public void serve(SerialLink link) {
                byte[] buffer = new byte[64];
                try {
                    while (running) {
                        link.read(buffer, 50);
                    }
                } catch (IOException e) {
                    // unplugged
                }
            }

            @Override
            public void stop() {
                running = false;
            }
        };
        Optional<Identification> found = prober(silent)
                .probe("/dev/ttyUSB0", new ProbePlan(List.of(9600, 115200), Duration.ofSeconds(1), false, false));
        silent.stop();

        assertThat(found).isEmpty();
        assertThat(written).isEmpty();
    }

    @Test
    void aQuietSensorInQueryModeAnswersWhenTheUserAllowsAsking() throws Exception {
        Sds011Emulator sensor = new Sds011Emulator("A160", LocalDate.of(2015, 7, 10), 7);
        InMemoryLinks setup = new InMemoryLinks("setup");
        Thread.ofVirtual().start(() -> sensor.serve(setup.device()));
        setup.host().write(Sds011Commands.allSensors().setReportingMode(ReportingMode.QUERY));
        setup.host().close();

        Optional<Identification> found = prober(sensor)
                .probe("/dev/ttyUSB0", new ProbePlan(List.of(9600), Duration.ofSeconds(4), true, false));
        sensor.stop();

        assertThat(found).hasValueSatisfying(id -> {
            assertThat(id.family()).isEqualTo(DeviceFamily.SDS011);
            assertThat(id.identity()).containsEntry("firmware", "2015-07-10");
            assertThat(id.reading()).containsKeys("pm25Ugm3", "pm10Ugm3");
        });
        assertThat(written).isNotEmpty();
    }
}
