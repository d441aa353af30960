package io.outpost.views.map;

import io.outpost.app.coverage.CoverageSnapshot;
import io.outpost.i18n.Messages;
import io.outpost.views.common.ScreenFrame;
import io.outpost.views.common.ScreenView;
import io.outpost.views.common.WrappingLabel;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Code-built: what the map means in one sentence, a legend, the map, and a line saying what was read. */
public final class CoverageMapView implements ScreenView {
    private final Messages messages;
    private final Parent root;

    public CoverageMapView(CoverageMapViewModel model, Messages messages) {
        this.messages = messages;
        Label body = new WrappingLabel(messages.get("coverage.body"));
        body.setMinHeight(Region.USE_PREF_SIZE);
        Button mine = new Button(messages.get("coverage.mine"), new FontIcon(Feather.MAP_PIN));
        mine.setId("coverage-mine");
        mine.setOnAction(e -> model.showMyDevices());
        Button refresh = new Button(messages.get("coverage.refresh"), new FontIcon(Feather.REFRESH_CW));
        refresh.setId("coverage-refresh");
        refresh.setOnAction(e -> model.refresh());
        Label status = new WrappingLabel();
        status.setId("coverage-status");
        status.textProperty().bind(Bindings.createStringBinding(() -> statusText(model.stateProperty().get(),
                model.snapshotProperty().get()), model.stateProperty(), model.snapshotProperty()));
        // The buttons keep their whole text in every language; the status takes what is left, on more lines if need be.
        mine.setMinWidth(Region.USE_PREF_SIZE);
        refresh.setMinWidth(Region.USE_PREF_SIZE);
        status.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(status, Priority.ALWAYS);
        HBox actions = new HBox(10, mine, refresh, status);
        actions.setAlignment(Pos.CENTER_LEFT);
        MapPane map = new MapPane(model.map(), messages, "coverage-map");
        VBox.setVgrow(map, Priority.ALWAYS);
        VBox content = new VBox(10, body, legend(), actions, map);
        root = ScreenFrame.of("screen-coverage", messages.get("coverage.title"), content);
        root.getProperties().put(CoverageMapView.class, this);
        // Read again each time the screen is shown: devices may have been added, epochs have passed.
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                model.refresh();
            }
        });
    }

    @Override
    public Parent root() {
        return root;
    }

    private String statusText(CoverageMapViewModel.State state, CoverageSnapshot snapshot) {
        return switch (state) {
            case LOADING -> messages.get("coverage.loading");
            case READY -> messages.get("coverage.summary", snapshot.devices().size(), snapshot.areas().size());
            case NO_NETWORK -> messages.get("coverage.noNetwork", snapshot.devices().size());
        };
    }

    private HBox legend() {
        Circle own = new Circle(6, MapPainter.OWN);
        own.setStroke(Color.WHITE);
        own.setStrokeWidth(2);
        HBox legend = new HBox(16, entry(own, "coverage.legend.own"),
                entry(swatch(0), "coverage.legend.one"), entry(swatch(1), "coverage.legend.few"),
                entry(swatch(2), "coverage.legend.some"), entry(swatch(3), "coverage.legend.many"));
        legend.setId("coverage-legend");
        legend.setAlignment(Pos.CENTER_LEFT);
        return legend;
    }

    private static Rectangle swatch(int shade) {
        Rectangle box = new Rectangle(16, 16, MapPainter.SHADES[shade]);
        box.setStroke(MapPainter.SHADES[3]);
        return box;
    }

    private Label entry(Node mark, String key) {
        Label label = new Label(messages.get(key), mark);
        label.setGraphicTextGap(6);
        return label;
    }
}
