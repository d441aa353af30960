package io.outpost.app.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class TaskRunnerTest {
    @Test
    void sameThreadRunnerDeliversBeforeReturning() {
        List<String> seen = new ArrayList<>();
        TaskRunner.sameThread().run(() -> "done", seen::add, e -> seen.add("failed"));
        assertThat(seen).containsExactly("done");
    }

    @Test
    void failureReachesTheFailureHandler() {
        List<Exception> failures = new ArrayList<>();
        TaskRunner.sameThread().run(() -> {
            throw new IOException("disk gone");
        }, r -> { }, failures::add);
        assertThat(failures).singleElement().extracting(Exception::getMessage).isEqualTo("disk gone");
    }

    @Test
    void workRunsInTheBackgroundAndResultsArriveOnTheUiExecutor() throws Exception {
        ExecutorService background = Executors.newSingleThreadExecutor(r -> new Thread(r, "background"));
        LinkedBlockingQueue<Runnable> uiQueue = new LinkedBlockingQueue<>();
        List<String> threads = new ArrayList<>();
        try {
            new TaskRunner(background, uiQueue::add).run(() -> Thread.currentThread().getName(), threads::add, e -> { });
            Runnable delivery = uiQueue.poll(5, TimeUnit.SECONDS);
            assertThat(threads).isEmpty();
            assertThat(delivery).isNotNull();
            delivery.run();
            assertThat(threads).containsExactly("background");
        } finally {
            background.shutdownNow();
        }
    }

    @Test
    void workOfferedAfterTheAppClosedIsDroppedQuietly() {
        ExecutorService background = Executors.newSingleThreadExecutor();
        background.shutdownNow();
        List<Object> delivered = new ArrayList<>();
        TaskRunner runner = new TaskRunner(background, Runnable::run);

        runner.run(() -> "late", delivered::add, delivered::add);

        assertThat(delivered).isEmpty();
    }
}
