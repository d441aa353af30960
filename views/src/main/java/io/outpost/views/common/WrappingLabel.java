package io.outpost.views.common;

import java.text.Bidi;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Skin;

/**
 * A label whose text wraps onto as many lines as it needs: use it wherever a label would get
 * {@code setWrapText(true)} (in FXML: {@code <WrappingLabel>} in place of {@code <Label wrapText="true">}).
 *
 * <p>Why not a plain wrapping label: JavaFX 25 and 26 on Linux throw {@code ArrayIndexOutOfBoundsException} from
 * {@code PrismTextLayout.computeTrailingSpaceWidth} whenever right-to-left text (Arabic, Hebrew) wraps onto a
 * second line, and the screen then stops laying out (ADR 0005, "Right-to-left text that wraps"). Text with
 * right-to-left characters is therefore broken into lines here, at the same break opportunities, and drawn with
 * hard line breaks, which JavaFX lays out safely ({@link HandWrappedSkin}); any other text keeps JavaFX's own
 * wrapping. The label's text itself is never changed, so it can stay bound.
 */
public class WrappingLabel extends Label {
    public WrappingLabel() {
        this("");
    }

    public WrappingLabel(String text) {
        this(text, null);
    }

    public WrappingLabel(String text, Node graphic) {
        super(text, graphic);
        setWrapText(true);
        textProperty().addListener((obs, old, now) -> {
            if (getSkin() != null && (getSkin() instanceof HandWrappedSkin) != rightToLeft(now)) {
                setSkin(createDefaultSkin());
            }
        });
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return rightToLeft(getText()) ? new HandWrappedSkin(this) : super.createDefaultSkin();
    }

    static boolean rightToLeft(String text) {
        return text != null && Bidi.requiresBidi(text.toCharArray(), 0, text.length());
    }
}
