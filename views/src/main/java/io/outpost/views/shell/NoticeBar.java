package io.outpost.views.shell;

import io.outpost.app.updates.Release;
import io.outpost.i18n.Messages;
import io.outpost.views.common.WrappingLabel;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A bar of the shell's notice area, built in code as the shell is: the text with its icon, taking the lines it needs,
 * then any actions, then Dismiss.
 */
record NoticeBar(HBox bar, Label text, Button dismiss) {

    static NoticeBar of(String id, String message, Ikon icon, Messages messages, Runnable onDismiss, Node... actions) {
        Label text = new WrappingLabel(message, new FontIcon(icon));
        // A long notice takes the lines it needs, even above a screen that would like all the height.
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.getStyleClass().add("notice-text");
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        Button dismiss = new Button(messages.get("notice.dismiss"));
        dismiss.setOnAction(e -> onDismiss.run());
        dismiss.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(12, text);
        bar.getChildren().addAll(actions);
        bar.getChildren().add(dismiss);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("notice-bar");
        bar.setId(id);
        return new NoticeBar(bar, text, dismiss);
    }

    /** The bar telling of a new version, with a link to its page. */
    static HBox update(Release release, UpdateNoticeViewModel model, Messages messages) {
        Hyperlink whatsNew = new Hyperlink(messages.get("notice.update.whatsNew"), new FontIcon(Feather.EXTERNAL_LINK));
        whatsNew.setId("update-notice-open");
        whatsNew.setOnAction(e -> model.openReleasePage());
        whatsNew.setMinWidth(Region.USE_PREF_SIZE);
        NoticeBar notice = of("notice-update", messages.get("notice.update", release.version().toString(),
                model.installedVersion()), Feather.INFO, messages, model::dismiss, whatsNew);
        notice.text().setId("update-notice-text");
        notice.dismiss().setId("update-notice-dismiss");
        notice.bar().getStyleClass().add("update-notice");
        return notice.bar();
    }
}
