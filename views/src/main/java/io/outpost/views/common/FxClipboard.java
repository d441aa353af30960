package io.outpost.views.common;

import java.util.Map;
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import javafx.util.Duration;

/** The system clipboard behind a {@link ClipboardGuard}; use on the JavaFX thread. */
public final class FxClipboard implements ClipboardGuard.Clip {
    /** A guard on the system clipboard whose clearing runs on the JavaFX thread. */
    public static ClipboardGuard guard() {
        return new ClipboardGuard(new FxClipboard(), (delay, action) -> {
            PauseTransition wait = new PauseTransition(Duration.millis(delay.toMillis()));
            wait.setOnFinished(e -> action.run());
            wait.play();
        });
    }

    @Override
    public Optional<String> text() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        return clipboard.hasString() ? Optional.ofNullable(clipboard.getString()) : Optional.empty();
    }

    @Override
    public void put(String text) {
        Clipboard.getSystemClipboard().setContent(Map.of(DataFormat.PLAIN_TEXT, text));
    }

    @Override
    public void clear() {
        Clipboard.getSystemClipboard().clear();
    }
}
