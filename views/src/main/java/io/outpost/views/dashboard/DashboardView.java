package io.outpost.views.dashboard;

import io.outpost.i18n.Messages;
import io.outpost.views.common.EmptyState;
import io.outpost.views.common.ScreenView;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** Code-built: its content will be data-driven tiles; today it is the empty state until a device is onboarded. */
public final class DashboardView implements ScreenView {
    private final VBox root = new VBox(16);

    public DashboardView(DashboardViewModel model, Messages messages) {
        Label title = new Label(messages.get("dashboard.title"));
        title.getStyleClass().add("title-2");
        StackPane content = new StackPane(new EmptyState(Feather.ACTIVITY,
                messages.get("dashboard.empty.title"), messages.get("dashboard.empty.body")));
        content.visibleProperty().bind(model.emptyProperty());
        VBox.setVgrow(content, Priority.ALWAYS);
        root.getChildren().addAll(title, content);
        root.getStyleClass().add("screen");
        root.setId("screen-dashboard");
    }

    @Override
    public Parent root() {
        return root;
    }
}
