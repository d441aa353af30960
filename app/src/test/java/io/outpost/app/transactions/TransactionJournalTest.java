package io.outpost.app.transactions;

import static org.assertj.core.api.Assertions.assertThat;

import io.outpost.app.storage.LocalDatabase;
import java.math.BigInteger;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The journal as several Outposts (two terminals, the window and a command) open it at the same moment. */
@Timeout(60)
class TransactionJournalTest {
    private static final int OUTPOSTS = 6;
    private static final String HASH = "0x" + "ab".repeat(32);

    @TempDir
    Path folder;
    private final ExecutorService outposts = Executors.newFixedThreadPool(OUTPOSTS);
    private final List<LocalDatabase> opened = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        outposts.shutdownNow();
        opened.forEach(LocalDatabase::close);
    }

    /** Every Outpost opens the file and its journal at once; each must get a journal that reads what another wrote. */
    private void openTogether(Path file) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<TransactionJournal>> journals = IntStream.range(0, OUTPOSTS).mapToObj(i -> CompletableFuture.supplyAsync(() -> {
            try {
                go.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            LocalDatabase database = LocalDatabase.open(file);
            opened.add(database);
            return new TransactionJournal(database);
        }, outposts)).toList();
        go.countDown();
        for (CompletableFuture<TransactionJournal> journal : journals) {
            assertThat(journal).succeedsWithin(30, TimeUnit.SECONDS);
        }
        journals.getFirst().join().record(new JournalEntry(31337, "0x" + "12".repeat(20), 0, HASH, new byte[] {1},
                JournalEntry.State.PENDING, Optional.empty(), 1, Optional.of("0x" + "34".repeat(20)), BigInteger.TEN,
                Optional.of("0x" + "34".repeat(20))));
        assertThat(journals.getLast().join().byHash(HASH)).map(JournalEntry::value).contains(BigInteger.TEN);
    }

    @RepeatedTest(30)
    void outpostsCreatingTheFileTogetherEachGetAJournal() throws Exception {
        openTogether(folder.resolve("outpost.db"));
    }

    @RepeatedTest(30)
    void outpostsOpeningAnOldJournalTogetherEachGetItsNewColumns() throws Exception {
        Path file = folder.resolve("outpost.db");
        try (LocalDatabase old = LocalDatabase.open(file)) { // the table as the first release wrote it
            old.use(connection -> {
                try (Statement statement = connection.createStatement()) {
                    return statement.execute("CREATE TABLE transactions (hash TEXT PRIMARY KEY, chain_id INTEGER NOT NULL,"
                            + " account TEXT NOT NULL, nonce INTEGER NOT NULL, raw BLOB NOT NULL, state TEXT NOT NULL,"
                            + " problem TEXT, recorded_at INTEGER NOT NULL)");
                }
            });
        }
        openTogether(file);
    }
}
