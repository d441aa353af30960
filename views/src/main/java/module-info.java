/** The JavaFX desktop: every screen a View plus a ViewModel. The only module that uses JavaFX. */
module io.outpost.views {
    requires io.outpost.app;
    requires javafx.controls;
    requires org.slf4j;
    requires javafx.fxml;
    requires atlantafx.base;
    requires org.kordamp.ikonli.javafx;
    requires org.kordamp.ikonli.feather;

    exports io.outpost.views;
    opens io.outpost.views.settings to javafx.fxml;
}
