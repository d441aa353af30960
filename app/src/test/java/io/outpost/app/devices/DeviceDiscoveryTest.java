package io.outpost.app.devices;

import static org.assertj.core.api.Assertions.assertThat;

import io.outpost.devices.catalog.DeviceFamily;
import io.outpost.devices.catalog.UsbCatalog;
import io.outpost.devices.serial.SerialPortInfo;
import io.outpost.devices.serial.UsbId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeviceDiscoveryTest {
    @Test
    void eachPortGetsTheCatalogsGuess() {
        SerialPortInfo ublox = new SerialPortInfo("/dev/ttyACM0", "u-blox GNSS receiver", "u-blox AG",
                Optional.of(UsbId.parse("1546:01a8")), "", "1-2");
        SerialPortInfo builtIn = SerialPortInfo.ofPath("/dev/ttyS0");
        DeviceDiscovery discovery = new DeviceDiscovery(() -> List.of(ublox, builtIn), UsbCatalog.builtIn());

        List<DiscoveredPort> ports = discovery.list();

        assertThat(ports).hasSize(2);
        assertThat(ports.get(0).likely().orElseThrow().families()).containsExactly(DeviceFamily.NMEA);
        assertThat(ports.get(1).likely()).isEmpty();
    }
}
