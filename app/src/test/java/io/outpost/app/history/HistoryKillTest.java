package io.outpost.app.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process writing the history is killed with SIGKILL, round after round: every time the file opens, passes
 * its integrity check, and holds every span, reading and earning whose id the child printed after its commit.
 */
@Timeout(120)
class HistoryKillTest {
    @TempDir
    Path temp;

    @Test
    void killNineNeverLosesACommittedRowAndTheFileAlwaysOpens() throws Exception {
        Path file = temp.resolve("history.db");
        List<Long> reported = new ArrayList<>();
        for (int round = 0; round < Integer.getInteger("outpost.kill.rounds", 20); round++) {
            int firstOfRound = reported.size();
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                    HistoryWriterLoop.class.getName(), file.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream()))) {
                reported.add(nextCommitted(out));
                long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(ThreadLocalRandom.current().nextInt(5, 250));
                while (System.nanoTime() < until) {
                    reported.add(nextCommitted(out));
                }
                child.destroyForcibly(); // SIGKILL on POSIX
                assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
            }
            try (HistoryStore history = HistoryStore.open(file, Clock.systemUTC(), () -> 0)) {
                assertThat(history.setAside()).as("round %d: the integrity check passes", round).isEmpty();
                assertThat(history.epochs(HistoryWriterLoop.DEVICE, Integer.MAX_VALUE)).extracting(History.EpochEarning::epoch)
                        .as("round %d: every reported earning", round).containsAll(reported);
                for (long id : reported.subList(firstOfRound, reported.size())) {
                    assertThat(history.online(HistoryWriterLoop.DEVICE, HistoryWriterLoop.spanStart(id),
                            HistoryWriterLoop.spanStart(id).plusSeconds(200))).as("span %d", id).hasSize(1);
                    assertThat(history.readings(HistoryWriterLoop.DEVICE, "pm10", HistoryWriterLoop.spanStart(id),
                            HistoryWriterLoop.spanStart(id).plusSeconds(1), 1)).as("reading %d", id)
                            .extracting(History.Point::value).containsExactly((double) id);
                }
            }
        }
        assertThat(reported).doesNotHaveDuplicates();
    }

    // The child's other output (logging set-up chatter, when two logback-test.xml are on the class path) is skipped.
    private static long nextCommitted(BufferedReader out) throws IOException {
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith(HistoryWriterLoop.COMMITTED)) {
                return Long.parseLong(line.substring(HistoryWriterLoop.COMMITTED.length()));
            }
        }
        throw new AssertionError("the writing process ended before it was killed");
    }
}
