package io.outpost.views.dashboard;

import eu.hansolo.tilesfx.Tile;
import eu.hansolo.tilesfx.TileBuilder;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * The one place tiles are made (TilesFX stays behind it: views pass observable texts, view models never see a
 * tile). Each tile shows a title, a value and a line below it, in the app's light colours.
 */
final class Tiles {
    static final double WIDTH = 250;
    static final double HEIGHT = 150;
    private static final Color BACKGROUND = Color.web("#f6f8fa");
    private static final Color TEXT = Color.web("#1f2328");
    private static final Color MUTED = Color.web("#59636e");

    private Tiles() {
    }

    /** A tile with {@code title}, a value written large and a line of {@code detail} below it. */
    static Region value(String id, String title, ObservableStringValue value, ObservableStringValue detail) {
        Tile tile = TileBuilder.create().skinType(Tile.SkinType.TEXT).prefSize(WIDTH, HEIGHT)
                .title(title).titleAlignment(TextAlignment.LEFT).titleColor(MUTED)
                .descriptionAlignment(Pos.CENTER_LEFT).textColor(MUTED).textVisible(true)
                .textSize(Tile.TextSize.BIGGER).backgroundColor(BACKGROUND).animated(false).build();
        tile.setDescriptionColor(TEXT);
        tile.descriptionProperty().bind(value);
        tile.textProperty().bind(detail);
        tile.setId(id);
        return tile;
    }
}
