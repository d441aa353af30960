package io.outpost.views.common;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The layout every code-built screen shares: its title above a content area that takes the rest. */
public final class ScreenFrame {
    private ScreenFrame() {
    }

    /** @param id the screen's node id ({@code screen-<name>}), which tests and the shell look up */
    public static VBox of(String id, String title, Node content) {
        Label heading = new Label(title);
        heading.getStyleClass().add("title-2");
        VBox.setVgrow(content, Priority.ALWAYS);
        VBox frame = new VBox(16, heading, content);
        frame.getStyleClass().add("screen");
        frame.setId(id);
        return frame;
    }
}
