package io.outpost.devices.watch;

import static org.assertj.core.api.Assertions.assertThat;

import io.outpost.devices.serial.SerialPortInfo;
import io.outpost.devices.serial.UsbId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class PortWatcherTest {
    private static SerialPortInfo port(String path, String serial, String location) {
        return new SerialPortInfo(path, "", "", Optional.of(UsbId.parse("1546:01a8")), serial, location);
    }

    private final AtomicReference<List<SerialPortInfo>> plugged = new AtomicReference<>(List.of());
    private final List<PortEvent> events = new ArrayList<>();
    private final PortWatcher watcher = new PortWatcher(plugged::get, events::add);

    @Test
    void reportsAttachAndDetach() {
        watcher.poll();
        plugged.set(List.of(port("/dev/ttyACM0", "A1", "1-2")));
        watcher.poll();
        plugged.set(List.of());
        watcher.poll();

        assertThat(events).extracting(PortEvent::kind).containsExactly(PortEvent.Kind.ATTACHED, PortEvent.Kind.DETACHED);
        assertThat(events.get(0).identity()).isEqualTo(events.get(1).identity());
    }

    @Test
    void aDeviceWithASerialNumberIsTheSameInAnySocket() {
        plugged.set(List.of(port("/dev/ttyACM0", "A1", "1-2")));
        watcher.poll();
        plugged.set(List.of());
        watcher.poll();
        plugged.set(List.of(port("/dev/ttyACM3", "A1", "3-1.4")));
        watcher.poll();

        assertThat(events.get(2).identity()).isEqualTo(events.get(0).identity());
        assertThat(events.get(2).port().systemPath()).isEqualTo("/dev/ttyACM3");
    }

    @Test
    void withoutSerialNumberTheSocketIdentifiesTheDevice() {
        assertThat(PortIdentity.of(port("/dev/ttyUSB0", "", "1-2"))).isEqualTo(PortIdentity.of(port("/dev/ttyUSB1", "", "1-2")));
        assertThat(PortIdentity.of(port("/dev/ttyUSB0", "", "1-2"))).isNotEqualTo(PortIdentity.of(port("/dev/ttyUSB0", "", "1-3")));
    }

    @Test
    void nothingChangedMeansNoEventsAndAFailedListingIsSkipped() {
        plugged.set(List.of(port("/dev/ttyACM0", "A1", "1-2")));
        watcher.poll();
        assertThat(watcher.poll()).isEmpty();

        PortWatcher flaky = new PortWatcher(() -> {
            throw new IllegalStateException("driver hiccup");
        }, events::add);
        assertThat(flaky.poll()).isEmpty();
    }
}
