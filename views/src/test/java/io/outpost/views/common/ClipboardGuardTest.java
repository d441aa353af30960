package io.outpost.views.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClipboardGuardTest {
    private final Board board = new Board();
    private final List<Duration> delays = new ArrayList<>();
    private final List<Runnable> due = new ArrayList<>();
    private final ClipboardGuard guard = new ClipboardGuard(board, (delay, action) -> {
        delays.add(delay);
        due.add(action);
    });

    @Test
    void aCopiedAddressIsClearedAfterSixtySeconds() {
        guard.copy("0xAddress");
        assertThat(board.text()).contains("0xAddress");
        assertThat(delays).containsExactly(Duration.ofSeconds(60));

        due.forEach(Runnable::run);

        assertThat(board.text()).isEmpty();
    }

    @Test
    void whatTheUserCopiedSinceIsLeftAlone() {
        guard.copy("0xAddress");
        board.put("a note of the user's");

        due.forEach(Runnable::run);

        assertThat(board.text()).contains("a note of the user's");
    }

    private static final class Board implements ClipboardGuard.Clip {
        private String content;

        @Override
        public Optional<String> text() {
            return Optional.ofNullable(content);
        }

        @Override
        public void put(String text) {
            content = text;
        }

        @Override
        public void clear() {
            content = null;
        }
    }
}
