package io.outpost.app.history;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The child of {@link HistoryKillTest}: from the id after the last one in the file, writes a span, a reading and an
 * epoch's earnings for each id, and prints "committed" and the id once all three are committed. Runs until killed.
 */
public final class HistoryWriterLoop {
    static final Instant BASE = Instant.parse("2030-01-01T00:00:00Z");
    static final String DEVICE = HistoryStoreTest.DEVICE;
    static final String COMMITTED = "committed ";

    private HistoryWriterLoop() {
    }

    static Instant spanStart(long id) {
        return BASE.plusSeconds(id * 200);
    }

    public static void main(String[] args) {
        try (HistoryStore history = HistoryStore.open(Path.of(args[0]), Clock.systemUTC(), () -> 0)) {
            List<History.EpochEarning> last = history.epochs(DEVICE, 1);
            long id = last.isEmpty() ? 1 : last.getFirst().epoch() + 1;
            for (; ; id++) {
                history.deviceSeen(DEVICE, spanStart(id));
                history.deviceSeen(DEVICE, spanStart(id).plusSeconds(30));
                history.reading(DEVICE, "pm10", spanStart(id), id);
                long start = spanStart(id).getEpochSecond();
                history.earning(HistoryStoreTest.paid(DEVICE, id, start, start + 200, Long.toString(id)));
                System.out.println(COMMITTED + id);
                System.out.flush();
            }
        }
    }
}
