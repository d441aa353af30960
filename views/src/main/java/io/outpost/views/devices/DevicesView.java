package io.outpost.views.devices;

import io.outpost.i18n.Messages;
import io.outpost.views.common.EmptyState;
import io.outpost.views.common.ScreenFrame;
import io.outpost.views.common.ScreenView;
import javafx.scene.Parent;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.feather.Feather;

/** Code-built: the list of devices is data-driven; until one is recognised, the empty state says what to do. */
public final class DevicesView implements ScreenView {
    private final Parent root;

    public DevicesView(DevicesViewModel model, Messages messages) {
        StackPane content = new StackPane(new EmptyState(Feather.CPU,
                messages.get("devices.empty.title"), messages.get("devices.empty.body")));
        content.visibleProperty().bind(model.emptyProperty());
        root = ScreenFrame.of("screen-devices", messages.get("devices.title"), content);
    }

    @Override
    public Parent root() {
        return root;
    }
}
