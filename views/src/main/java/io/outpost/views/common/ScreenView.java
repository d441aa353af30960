package io.outpost.views.common;

import javafx.scene.Parent;

/** A screen's view: builds its nodes once, for the current language, around a ViewModel that outlives it. */
public interface ScreenView {
    Parent root();
}
