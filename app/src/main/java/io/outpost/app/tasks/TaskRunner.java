package io.outpost.app.tasks;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs blocking work (disk, serial ports, network) off the UI thread and hands the result back on it.
 * The desktop passes its UI thread's executor; tests pass {@code Runnable::run} for both and get a
 * same-thread runner in which everything happens before {@link #run} returns.
 */
public final class TaskRunner {
    private static final Logger LOG = LoggerFactory.getLogger(TaskRunner.class);

    private final Executor background;
    private final Executor ui;

    public TaskRunner(Executor background, Executor ui) {
        this.background = background;
        this.ui = ui;
    }

    public static TaskRunner sameThread() {
        return new TaskRunner(Runnable::run, Runnable::run);
    }

    /** Runs {@code action} on the UI thread: how results of periodic work reach the screen. */
    public void onUi(Runnable action) {
        ui.execute(action);
    }

    /** Runs {@code work} in the background; work offered once the app is closing (its pool shut down) is dropped. */
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
        try {
            background.execute(() -> runNow(work, onSuccess, onFailure));
        } catch (RejectedExecutionException closing) {
            LOG.debug("Background task dropped: the app is closing");
        }
    }

    private <T> void runNow(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            LOG.warn("Background task failed", e);
            ui.execute(() -> onFailure.accept(e));
            return;
        }
        ui.execute(() -> onSuccess.accept(result));
    }
}
