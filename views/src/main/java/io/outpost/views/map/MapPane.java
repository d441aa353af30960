package io.outpost.views.map;

import io.outpost.views.common.WrappingLabel;
import io.outpost.i18n.Messages;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** A map with its zoom buttons in the top corner; shared by the coverage screen and the place picker. */
public final class MapPane extends StackPane {
    private final MapCanvas canvas;

    public MapPane(MapViewModel model, Messages messages, String id) {
        canvas = new MapCanvas(model, metres -> metres >= 1000 ? messages.get("map.scale.kilometres", metres / 1000)
                : messages.get("map.scale.metres", metres));
        canvas.setId(id);
        Button in = zoomButton(Feather.PLUS, messages.get("map.zoomIn"), id + "-zoom-in");
        in.setOnAction(e -> model.zoomIn());
        Button out = zoomButton(Feather.MINUS, messages.get("map.zoomOut"), id + "-zoom-out");
        out.setOnAction(e -> model.zoomOut());
        VBox zoom = new VBox(4, in, out);
        zoom.setMaxSize(VBox.USE_PREF_SIZE, VBox.USE_PREF_SIZE);
        StackPane.setAlignment(zoom, Pos.TOP_RIGHT);
        StackPane.setMargin(zoom, new Insets(10));
        // The street map is on but its server fails: said once, small, over the map's corner.
        Label unavailable = new WrappingLabel(messages.get("map.streetMap.unavailable"));
        unavailable.setId(id + "-street-map-unavailable");
        unavailable.setMouseTransparent(true);
        unavailable.setStyle("-fx-background-color: rgba(255,255,255,0.85); -fx-text-fill: #333333; -fx-padding: 3 8 3 8;");
        unavailable.setMaxSize(Label.USE_PREF_SIZE, Label.USE_PREF_SIZE);
        unavailable.visibleProperty().bind(model.streetMapFailingProperty());
        StackPane.setAlignment(unavailable, Pos.TOP_LEFT);
        StackPane.setMargin(unavailable, new Insets(10));
        getChildren().addAll(canvas, zoom, unavailable);
        getStyleClass().add("map-pane");
        setStyle("-fx-border-color: -color-border-default; -fx-border-width: 1;");
    }

    public MapCanvas canvas() {
        return canvas;
    }

    private static Button zoomButton(Feather icon, String text, String id) {
        Button button = new Button(null, new FontIcon(icon));
        button.setId(id);
        button.setTooltip(new Tooltip(text));
        button.setAccessibleText(text);
        // Zooming by button keeps the keyboard on the map.
        button.setFocusTraversable(false);
        return button;
    }
}
