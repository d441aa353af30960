package io.outpost.views.common;

import io.outpost.app.settings.Settings;
import io.outpost.app.settings.SettingsStore;
import io.outpost.app.tasks.TaskRunner;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The settings of this run. Changes apply in memory at once and are written in the background; each write
 * stores the newest settings, so writes that finish out of order still leave the last choice on disk.
 */
public final class SettingsKeeper {
    private final SettingsStore store;
    private final TaskRunner tasks;
    private final Consumer<Notice> notices;
    private final AtomicReference<Settings> current;

    public SettingsKeeper(SettingsStore store, Settings initial, TaskRunner tasks, Consumer<Notice> notices) {
        this.store = store;
        this.tasks = tasks;
        this.notices = notices;
        this.current = new AtomicReference<>(initial);
    }

    public Settings current() {
        return current.get();
    }

    public void update(UnaryOperator<Settings> change) {
        current.updateAndGet(change);
        tasks.run(() -> {
            saveNow();
            return null;
        }, ignored -> { }, failure -> notices.accept(Notice.of("notice.settingsNotSaved", store.file().getParent())));
    }

    /** Changes the settings without writing them; {@link #saveNow} writes them later. */
    public void updateInMemory(UnaryOperator<Settings> change) {
        current.updateAndGet(change);
    }

    /** Writes the newest settings now; for the end of a run, never on the UI thread. */
    public void saveNow() throws IOException {
        synchronized (store) {
            store.save(current.get());
        }
    }
}
