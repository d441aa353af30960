package io.outpost.views.common;

import java.time.Duration;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Copies text (an address) to the clipboard and clears it after a while if it still holds that text, so a
 * copied address does not linger for a later paste, or for another program, to pick up. What the user
 * copied since is left alone.
 */
public final class ClipboardGuard {
    public static final Duration CLEAR_AFTER = Duration.ofSeconds(60);

    /** The system clipboard as far as this needs it. */
    public interface Clip {
        Optional<String> text();

        void put(String text);

        void clear();
    }

    private final Clip clip;
    private final BiConsumer<Duration, Runnable> later;

    /** @param later runs an action after a delay, on the thread that may touch the clipboard */
    public ClipboardGuard(Clip clip, BiConsumer<Duration, Runnable> later) {
        this.clip = clip;
        this.later = later;
    }

    public void copy(String text) {
        clip.put(text);
        later.accept(CLEAR_AFTER, () -> {
            if (clip.text().filter(text::equals).isPresent()) {
                clip.clear();
            }
        });
    }
}
