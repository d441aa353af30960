package io.outpost.views.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.outpost.app.devices.DiscoveredPort;
import io.outpost.devices.catalog.UsbCatalog;
import io.outpost.devices.serial.SerialPortInfo;
import io.outpost.devices.serial.UsbId;
import io.outpost.i18n.Language;
import io.outpost.i18n.Messages;
import io.outpost.views.devices.DevicesView;
import io.outpost.views.devices.DevicesViewModel;
import io.outpost.views.testsupport.Screenshots;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The devices screen follows hot-plug: a device appears when plugged in and goes when pulled out. */
class DevicesViewUiTest {
    private final FxRobot robot = new FxRobot();
    private final ObservableList<DiscoveredPort> plugged = FXCollections.observableArrayList();
    private Stage stage;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
        javafx.application.Platform.setImplicitExit(false);
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.setupFixture(() -> stage.hide());
    }

    @Test
    void pluggedDevicesAreListedByWhatTheyAre() throws Exception {
        Messages messages = new Messages(Language.ENGLISH);
        FxToolkit.setupFixture(() -> {
            stage = new Stage();
            stage.setScene(new Scene(new DevicesView(new DevicesViewModel(plugged), messages).root(), 800, 500));
            stage.show();
        });
        assertThat(robot.lookup("No devices yet — plug one in").tryQuery()).isPresent();
        // Only the scene holds the view now: it must keep listening after a collection (its listener is weak).
        System.gc();

        SerialPortInfo sensor = new SerialPortInfo("/dev/ttyUSB0", "USB Serial", "QinHeng", Optional.of(UsbId.parse("1a86:7523")), "", "1-2");
        SerialPortInfo mystery = new SerialPortInfo("/dev/ttyACM4", "", "", Optional.of(UsbId.parse("dead:beef")), "", "1-3");
        robot.interact(() -> plugged.setAll(
                new DiscoveredPort(sensor, UsbCatalog.builtIn().lookup(UsbId.parse("1a86:7523"))),
                new DiscoveredPort(mystery, Optional.empty())));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("WCH CH340 serial adapter (SDS011 air-quality sensor)").tryQuery()).isPresent();
        assertThat(robot.lookup("On /dev/ttyUSB0").tryQuery()).isPresent();
        assertThat(robot.lookup("Unknown USB serial device").tryQuery()).isPresent();
        assertThat(robot.lookup("#plugged-devices").query().isVisible()).isTrue();
        robot.interact(() -> Screenshots.save(stage.getScene(), "DevicesViewUiTest-plugged"));

        robot.interact(plugged::clear);
        assertThat(robot.lookup("#plugged-devices").query().isVisible()).isFalse();
    }
}
