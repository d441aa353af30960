package io.outpost.app.history;

import io.outpost.app.coverage.Hexes;
import io.outpost.app.onboarding.MyDevices;
import io.outpost.app.onboarding.TrustClass;
import io.outpost.app.storage.AppDirectories;
import io.outpost.app.storage.LocalDatabase;
import io.outpost.devices.catalog.DeviceFamily;
import io.outpost.network.NetworkProfiles;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A data folder holding a fleet for the benchmarks: {@code devices} ODP hotspots onboarded on the local test
 * network, spread over a city, each attached at a port of its own, with a year of {@link HistoryGenerator} history
 * up to {@code now}.
 */
public final class SyntheticFleet {
    private SyntheticFleet() {
    }

    public static void create(AppDirectories directories, int devices, Instant now) {
        try (HistoryStore history = HistoryStore.open(directories.history(), Clock.systemUTC(), () -> 0)) {
            HistoryGenerator.generate(history, devices, 0, now.minus(Duration.ofDays(HistoryGenerator.DAYS)));
        }
        long chainId = NetworkProfiles.builtIn().byIdOrDefault(NetworkProfiles.DEVNET_ID).chainId();
        Hexes hexes = new Hexes().load();
        LocalDatabase database = LocalDatabase.open(directories.database());
        try {
            MyDevices mine = new MyDevices(database);
            for (int i = 0; i < devices; i++) {
                long place = hexes.cellAt(52.40 + (i / 40) * 0.01, 13.20 + (i % 40) * 0.01, Hexes.PLACE_RESOLUTION);
                mine.save(new MyDevices.MyDevice(HistoryGenerator.device(i), chainId, "0x" + "a".repeat(40),
                        "Hotspot " + (i + 1), TrustClass.HARDWARE_VERIFIED, place, Optional.empty(),
                        Optional.of(new MyDevices.Attachment("/dev/null-" + i, DeviceFamily.ODP, "bench-" + i))));
            }
        } finally {
            database.close();
        }
    }
}
