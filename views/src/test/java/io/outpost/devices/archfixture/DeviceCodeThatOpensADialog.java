package io.outpost.devices.archfixture;

import io.outpost.app.settings.Settings;
import javafx.scene.control.Alert;

/** Breaks the rules on purpose, as Sparrow's device code does: the architecture test must catch it. */
public final class DeviceCodeThatOpensADialog {
    static int lastPort;

    public void portVanished() {
        System.out.println("port vanished; language " + Settings.defaults().language());
        new Alert(Alert.AlertType.ERROR).show();
    }
}
