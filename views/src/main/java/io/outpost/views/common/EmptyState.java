package io.outpost.views.common;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** The honest face of a screen with nothing to show yet: an icon, a title and one sentence of what to do. */
public final class EmptyState extends VBox {
    public EmptyState(Ikon icon, String title, String body) {
        FontIcon image = new FontIcon(icon);
        image.getStyleClass().add("empty-state-icon");
        Label titleLabel = new WrappingLabel(title);
        titleLabel.getStyleClass().addAll("title-3", "empty-state-title");
        Label bodyLabel = new WrappingLabel(body);
        bodyLabel.getStyleClass().addAll("text-muted", "empty-state-body");
        bodyLabel.setMaxWidth(520);
        getChildren().addAll(image, titleLabel, bodyLabel);
        getStyleClass().add("empty-state");
        setAlignment(Pos.CENTER);
        setSpacing(12);
    }
}
