package io.outpost.app.devices;

import static org.assertj.core.api.Assertions.assertThat;

import io.outpost.devices.catalog.UsbCatalog;
import io.outpost.devices.serial.SerialPortInfo;
import io.outpost.devices.serial.UsbId;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class PortMonitoringTest {
    private static final SerialPortInfo BUILT_IN = SerialPortInfo.ofPath("/dev/ttyS0");
    private static final SerialPortInfo UBLOX = new SerialPortInfo("/dev/ttyACM0", "GNSS receiver", "u-blox AG",
            Optional.of(UsbId.parse("1546:01a8")), "A1", "1-2");

    @Test
    void reportsTheUsbDevicesAtOnceAndAgainOnEveryChange() throws Exception {
        AtomicReference<List<SerialPortInfo>> plugged = new AtomicReference<>(List.of(BUILT_IN));
        LinkedBlockingQueue<List<DiscoveredPort>> lists = new LinkedBlockingQueue<>();
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        try {
            new PortMonitoring(plugged::get, new DeviceDiscovery(plugged::get, UsbCatalog.builtIn()), scheduler).start(Duration.ofMillis(20), lists::add);

            assertThat(lists.poll(5, TimeUnit.SECONDS)).as("the first list, without the built-in port").isEmpty();
            plugged.set(List.of(BUILT_IN, UBLOX));
            List<DiscoveredPort> afterPlug = lists.poll(5, TimeUnit.SECONDS);
            assertThat(afterPlug).singleElement().satisfies(port -> {
                assertThat(port.port().systemPath()).isEqualTo("/dev/ttyACM0");
                assertThat(port.likely().orElseThrow().what()).contains("u-blox 8");
            });
            plugged.set(List.of(BUILT_IN));
            assertThat(lists.poll(5, TimeUnit.SECONDS)).isEmpty();
            assertThat(lists.poll(200, TimeUnit.MILLISECONDS)).as("no change, no new list").isNull();
        } finally {
            scheduler.shutdownNow();
        }
    }
}
