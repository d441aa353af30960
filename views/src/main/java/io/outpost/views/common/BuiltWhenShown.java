package io.outpost.views.common;

import java.util.function.Supplier;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;

/**
 * A place for a part of a screen that is built the first time it is shown, not before: a hidden part still
 * costs its styling and layout, and at start-up that is time the user waits for the window. Kept once built.
 */
public final class BuiltWhenShown extends StackPane {
    public BuiltWhenShown(ObservableBooleanValue shown, Supplier<? extends Node> content) {
        visibleProperty().bind(shown);
        managedProperty().bind(shown);
        visibleProperty().subscribe(visible -> {
            if (visible && getChildren().isEmpty()) {
                getChildren().add(content.get());
            }
        });
    }
}
