package io.outpost.app.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.outpost.app.devices.DeviceWatching;
import io.outpost.devices.families.DeviceFamilies;
import io.outpost.devices.serial.JSerialCommPorts;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttachedDeviceRelayTest {
    private static final int DEVICES = 200;

    // The app closes the relay when its window closes: with many devices attached, it must not linger for minutes.
    @Test
    void closingManySessionsWaitsForNoneOfThemInTurn(@TempDir Path folder) throws InterruptedException {
        // Ports that do not exist: every session keeps trying, and spends most of its time in the pause between tries.
        Set<String> ports = IntStream.range(0, DEVICES).mapToObj(i -> folder.resolve("ttyOutpost" + i).toString())
                .collect(Collectors.toSet());
        AttachedDeviceRelay relay = new AttachedDeviceRelay(new DeviceWatching(new JSerialCommPorts(), new DeviceFamilies(),
                frame -> { }));
        relay.alsoListenTo(ports);
        assertThat(relay.listening()).hasSize(DEVICES);
        Thread.sleep(500); // every session has tried at least once and is pausing or trying again

        // One after the other, each close waited for its thread's pause to end: 200 × up to 250 ms.
        assertTimeoutPreemptively(Duration.ofSeconds(10), relay::close);

        assertThat(relay.listening()).isEmpty();
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().startsWith("device-session " + folder));
    }
}
