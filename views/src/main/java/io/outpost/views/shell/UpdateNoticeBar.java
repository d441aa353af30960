package io.outpost.views.shell;

import io.outpost.app.updates.Release;
import io.outpost.i18n.Messages;
import io.outpost.views.common.WrappingLabel;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The notice bar telling of a new version, in the shell's notice area, built in code as the shell is. */
final class UpdateNoticeBar {
    private UpdateNoticeBar() {
    }

    static HBox of(Release release, UpdateNoticeViewModel model, Messages messages) {
        Label text = new WrappingLabel(messages.get("notice.update", release.version().toString(), model.installedVersion()),
                new FontIcon(Feather.INFO));
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.getStyleClass().add("notice-text");
        text.setId("update-notice-text");
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        Hyperlink whatsNew = new Hyperlink(messages.get("notice.update.whatsNew"), new FontIcon(Feather.EXTERNAL_LINK));
        whatsNew.setId("update-notice-open");
        whatsNew.setOnAction(e -> model.openReleasePage());
        whatsNew.setMinWidth(Region.USE_PREF_SIZE);
        Button dismiss = new Button(messages.get("notice.dismiss"));
        dismiss.setId("update-notice-dismiss");
        dismiss.setOnAction(e -> model.dismiss());
        dismiss.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(12, text, whatsNew, dismiss);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().addAll("notice-bar", "update-notice");
        bar.setId("notice-update");
        return bar;
    }
}
