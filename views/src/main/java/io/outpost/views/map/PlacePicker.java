package io.outpost.views.map;

import io.outpost.app.coverage.Hexes;
import io.outpost.devices.odp.Coordinates;
import io.outpost.i18n.Messages;
import io.outpost.views.common.WrappingLabel;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;

/**
 * "Pick on the map" for the onboarding wizard: a dialog with a map; a click (or Space, for the middle) marks the
 * place, shows its cell and coverage area, and "Use this place" (or Enter) hands the coordinates back. Escape
 * cancels. Without a click, Enter takes the middle of the map.
 */
public final class PlacePicker {
    private final MapResources resources;
    private final Messages messages;

    public PlacePicker(MapResources resources, Messages messages) {
        this.resources = resources;
        this.messages = messages;
    }

    /**
     * Opens the dialog over {@code owner}'s window, at {@code start} when there is one (the place typed so far),
     * else the whole world; {@code chosen} gets the place when the user confirms.
     */
    public void pick(Node owner, Optional<Coordinates> start, Consumer<Coordinates> chosen) {
        MapViewModel map = new MapViewModel(resources.hexes());
        ButtonType use = new ButtonType(messages.get("place.use"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("place.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Dialog<Coordinates> dialog = new Dialog<>();
        dialog.initOwner(owner.getScene().getWindow());
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle(messages.get("place.title"));
        dialog.setResizable(true);
        dialog.getDialogPane().setId("place-picker");
        dialog.getDialogPane().setNodeOrientation(messages.rightToLeft() ? NodeOrientation.RIGHT_TO_LEFT
                : NodeOrientation.LEFT_TO_RIGHT);
        dialog.getDialogPane().getButtonTypes().setAll(use, cancel);
        dialog.getDialogPane().lookupButton(use).setId("place-use");
        dialog.getDialogPane().lookupButton(cancel).setId("place-cancel");
        dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        MapPane pane = new MapPane(map, messages, "place-map");
        pane.setPrefSize(760, 480);
        VBox.setVgrow(pane, Priority.ALWAYS);
        Label picked = new WrappingLabel(messages.get("place.none"));
        picked.setId("place-picked");
        picked.setMinHeight(Label.USE_PREF_SIZE);
        Label body = new WrappingLabel(messages.get("place.body"));
        body.setMinHeight(Label.USE_PREF_SIZE);
        dialog.getDialogPane().setContent(new VBox(10, body, pane, picked));
        dialog.setResultConverter(button -> button == use ? map.picked().orElseGet(() -> map.pick(map.center())).where() : null);
        dialog.setOnHidden(e -> Optional.ofNullable(dialog.getResult()).ifPresent(chosen));
        // Nothing can be picked before H3 is loaded (in the background): the UI thread never waits for it.
        Node confirm = dialog.getDialogPane().lookupButton(use);
        confirm.setDisable(true);
        resources.whenReady(basemap -> {
            map.setBasemap(basemap);
            map.setStreetMap(resources.streetTiles().orElse(null));
            confirm.setDisable(false);
            pane.canvas().setOnPick(() -> map.picked().ifPresent(p -> picked.setText(text(p))));
            start.ifPresent(where -> {
                map.centerOn(where, MapViewModel.PLACE_ZOOM);
                map.pick(where);
                picked.setText(text(map.picked().orElseThrow()));
            });
        });
        dialog.show();
        Platform.runLater(pane.canvas()::requestFocus);
    }

    private String text(MapViewModel.Pick pick) {
        return messages.get("place.picked", String.format(Locale.ROOT, "%.6f", pick.where().lat()),
                String.format(Locale.ROOT, "%.6f", pick.where().lon()), Hexes.text(pick.place()), Hexes.text(pick.area()));
    }
}
