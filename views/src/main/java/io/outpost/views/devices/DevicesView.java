package io.outpost.views.devices;

import io.outpost.app.devices.DiscoveredPort;
import io.outpost.i18n.Messages;
import io.outpost.views.common.EmptyState;
import io.outpost.views.common.ScreenFrame;
import io.outpost.views.common.ScreenView;
import io.outpost.views.common.WrappingLabel;
import javafx.collections.ListChangeListener;
import javafx.collections.WeakListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Code-built: the plugged-in devices are data-driven; with none, the empty state says what to do. */
public final class DevicesView implements ScreenView {
    private final Parent root;
    private final Messages messages;
    private final VBox list = new VBox(10);
    // Held here and registered weakly: a view replaced after a language switch lets go of its ViewModel.
    private final ListChangeListener<DiscoveredPort> pluggedChanged;

    public DevicesView(DevicesViewModel model, Messages messages) {
        this.messages = messages;
        EmptyState empty = new EmptyState(Feather.CPU, messages.get("devices.empty.title"), messages.get("devices.empty.body"));
        empty.visibleProperty().bind(model.emptyProperty());
        Label heading = new Label(messages.get("devices.plugged.title"));
        heading.getStyleClass().add("title-4");
        VBox plugged = new VBox(14, heading, list);
        plugged.visibleProperty().bind(model.emptyProperty().not());
        plugged.setId("plugged-devices");
        root = ScreenFrame.of("screen-devices", messages.get("devices.title"), new StackPane(empty, plugged));
        pluggedChanged = change -> show(model);
        model.plugged().addListener(new WeakListChangeListener<>(pluggedChanged));
        // The root node keeps this view, and so its listener, alive for as long as it is shown.
        root.getProperties().put(DevicesView.class, this);
        show(model);
    }

    private void show(DevicesViewModel model) {
        list.getChildren().setAll(model.plugged().stream().map(this::row).toList());
    }

    private HBox row(DiscoveredPort port) {
        String name = DevicesViewModel.displayName(port);
        Label title = new WrappingLabel(name.isEmpty() ? messages.get("devices.port.unknown") : name);
        title.getStyleClass().add("device-name");
        Label where = new Label(messages.get("devices.port.at", port.port().systemPath()));
        where.getStyleClass().add("text-muted");
        VBox text = new VBox(2, title, where);
        HBox row = new HBox(12, new FontIcon(Feather.CPU), text);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("device-row");
        return row;
    }

    @Override
    public Parent root() {
        return root;
    }
}
