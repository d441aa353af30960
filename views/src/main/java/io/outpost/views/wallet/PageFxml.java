package io.outpost.views.wallet;

import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/** Loads a wallet page's FXML with the current language's texts and the page's view as its controller. */
final class PageFxml {
    private PageFxml() {
    }

    static Parent load(String name, WalletTexts texts, Object controller) {
        FXMLLoader loader = new FXMLLoader(PageFxml.class.getResource(name), texts.bundle());
        loader.setControllerFactory(type -> controller);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(name + " is missing from the build", e);
        }
    }
}
