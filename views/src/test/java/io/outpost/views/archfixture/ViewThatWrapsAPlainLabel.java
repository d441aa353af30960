package io.outpost.views.archfixture;

import javafx.scene.control.Label;

/** Breaks the wrapping rule on purpose: a plain label asked to wrap, which JavaFX 25 cannot do with Arabic. */
public final class ViewThatWrapsAPlainLabel {
    public Label paragraph(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }
}
