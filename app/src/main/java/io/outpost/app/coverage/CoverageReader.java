package io.outpost.app.coverage;

import io.outpost.network.oracle.Coverage;
import io.outpost.network.oracle.OracleClient;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads what the coverage map shows (blocking: the local database and the oracle; call it in the background).
 * The network's density is the oracle's count per area in the open epoch and the one before it, the larger of
 * the two: the open epoch alone is nearly empty just after it starts.
 */
public final class CoverageReader {
    private static final Logger LOG = LoggerFactory.getLogger(CoverageReader.class);

    private final Supplier<List<CoverageSnapshot.OwnDevice>> myDevices;
    private final Supplier<OracleClient> oracle;

    /** @param myDevices this computer's devices on the active network (from its database) */
    public CoverageReader(Supplier<List<CoverageSnapshot.OwnDevice>> myDevices, Supplier<OracleClient> oracle) {
        this.myDevices = myDevices;
        this.oracle = oracle;
    }

    public CoverageSnapshot read() {
        List<CoverageSnapshot.OwnDevice> devices = myDevices.get();
        try {
            OracleClient client = oracle.get();
            long epoch = client.health().join().epoch();
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (long k = Math.max(1, epoch - 1); k <= epoch; k++) {
                for (Coverage.Cell cell : client.coverage(k).join().cells()) {
                    counts.merge(cell.cell(), cell.devices(), Math::max);
                }
            }
            List<CoverageSnapshot.Area> areas = new ArrayList<>();
            counts.forEach((cell, n) -> parsed(cell).ifPresent(c -> areas.add(new CoverageSnapshot.Area(c, n))));
            return new CoverageSnapshot(devices, areas, Optional.of(epoch));
        } catch (CompletionException e) {
            LOG.info("The oracle could not say where the network covers: {}", e.getCause().toString());
            return new CoverageSnapshot(devices, List.of(), Optional.empty());
        }
    }

    private static Optional<Long> parsed(String cell) {
        try {
            return Optional.of(Hexes.parse(cell));
        } catch (NumberFormatException e) {
            LOG.info("The oracle named a cell that is no H3 cell: {}", cell);
            return Optional.empty();
        }
    }
}
