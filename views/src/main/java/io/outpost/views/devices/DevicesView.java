package io.outpost.views.devices;

import io.outpost.i18n.Messages;
import io.outpost.views.common.EmptyState;
import io.outpost.views.common.ScreenView;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** Code-built: the list of devices is data-driven; until one is recognised, the empty state says what to do. */
public final class DevicesView implements ScreenView {
    private final VBox root = new VBox(16);

    public DevicesView(DevicesViewModel model, Messages messages) {
        Label title = new Label(messages.get("devices.title"));
        title.getStyleClass().add("title-2");
        StackPane content = new StackPane(new EmptyState(Feather.CPU,
                messages.get("devices.empty.title"), messages.get("devices.empty.body")));
        content.visibleProperty().bind(model.emptyProperty());
        VBox.setVgrow(content, Priority.ALWAYS);
        root.getChildren().addAll(title, content);
        root.getStyleClass().add("screen");
        root.setId("screen-devices");
    }

    @Override
    public Parent root() {
        return root;
    }
}
