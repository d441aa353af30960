package io.outpost.views.dashboard;

import io.outpost.i18n.Messages;
import io.outpost.views.common.EmptyState;
import io.outpost.views.common.ScreenFrame;
import io.outpost.views.common.ScreenView;
import javafx.scene.Parent;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.feather.Feather;

/** Code-built: its content will be data-driven tiles; today it is the empty state until a device is onboarded. */
public final class DashboardView implements ScreenView {
    private final Parent root;

    public DashboardView(DashboardViewModel model, Messages messages) {
        StackPane content = new StackPane(new EmptyState(Feather.ACTIVITY,
                messages.get("dashboard.empty.title"), messages.get("dashboard.empty.body")));
        content.visibleProperty().bind(model.emptyProperty());
        root = ScreenFrame.of("screen-dashboard", messages.get("dashboard.title"), content);
    }

    @Override
    public Parent root() {
        return root;
    }
}
