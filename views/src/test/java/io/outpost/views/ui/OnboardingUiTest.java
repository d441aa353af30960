package io.outpost.views.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.uber.h3core.H3Core;
import io.outpost.devnet.OnboardingNet;
import io.outpost.devnet.OracleTestNet;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The "Add a device" wizard in the real window, by mouse: the ODP emulator on a pty proves its key, is named
 * and placed, the wallet is unlocked inline, the device signs, the registration is mined and the oracle
 * accepts its first heartbeat.
 */
class OnboardingUiTest extends DesktopUiTest {
    private static final String PASSWORD = "a long password";

    @TempDir
    Path devicesFolder;

    // ALICE's key in the wallet of the window's data folder, locked with PASSWORD.
    private void aliceWallet() throws Exception {
        importKey(HexFormat.of().parseHex(String.format("%064x", OracleTestNet.ALICE.getEcKeyPair().getPrivateKey())), PASSWORD);
    }

    @Test
    void aDeviceIsOnboardedFromPlugInToItsFirstAcceptedHeartbeat() throws Exception {
        try (OnboardingNet devices = OnboardingNet.start(devicesFolder)) {
            aliceWallet();
            openOn(devices.profile());

            robot.clickOn("#nav-onboard");
            // No USB device here: after a while the step shows what Outpost checked on this computer.
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#onboard-diagnostics").tryQuery().isPresent());
            assertThat(robot.lookup("#onboard-diagnostics .label").queryAllAs(Label.class)).extracting(Label::getText)
                    .anySatisfy(text -> assertThat(text).startsWith("Serial ports"));
            shot("1-plug-in");
            type("#onboard-port", devices.port());
            robot.clickOn("#onboard-connect");
            waitFor("#onboard-verified");
            assertThat(this.<Label>lookup("#onboard-fact-3").getText()).isEqualTo(devices.deviceAddress());
            shot("2-identified");
            robot.clickOn("#onboard-continue");

            type("#onboard-name", "Roof antenna");
            type("#onboard-lat", "52.52");
            type("#onboard-lon", "13.405");
            shot("3-place");
            robot.clickOn("#onboard-review");
            waitFor("#onboard-password");
            assertThat(lookup("#onboard-register").isDisabled()).as("nothing to sign with while locked").isTrue();
            type("#onboard-password", PASSWORD);
            robot.clickOn("#onboard-unlock");
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#onboard-register").tryQuery()
                    .filter(node -> !node.isDisabled()).isPresent());
            shot("4-review");
            robot.clickOn("#onboard-register");

            waitForText("#onboard-registered", "“Roof antenna” is registered. Transaction 0x");
            waitForText("#onboard-heartbeat", "The network accepted its first heartbeat: it is earning now.");
            shot("5-done");
            assertThat(devices.chain().ownerOf(devices.deviceAddress())).isEqualToIgnoringCase(OracleTestNet.ALICE.getAddress());

            // Again: the device now knows its place and offers it; it counts in its area, alone there.
            robot.clickOn("#onboard-again");
            type("#onboard-port", devices.port());
            robot.clickOn("#onboard-connect");
            waitFor("#onboard-continue");
            robot.clickOn("#onboard-continue");
            waitFor("#onboard-use-own");
            robot.clickOn("#onboard-use-own");
            assertThat(this.<TextField>lookup("#onboard-lat").getText()).isEqualTo("52.520000");
            type("#onboard-name", "Roof antenna");
            robot.clickOn("#onboard-review");
            // The oracle counts devices in the resolution-8 parent of the registered resolution-12 cell.
            H3Core h3 = H3Core.newInstance();
            String area = Long.toHexString(h3.cellToParent(h3.latLngToCell(52.52, 13.405, 12), 8));
            waitForText("#onboard-area", "No other device covers this area (" + area + ") yet");

            // A sensor placed beside it shares the area: each earns 1/√2 of the full reward there.
            robot.clickOn("#onboard-start-over");
            type("#onboard-port", devices.sensor().port());
            robot.clickOn("#onboard-connect");
            waitFor("#onboard-continue");
            robot.clickOn("#onboard-continue");
            robot.clickOn("#onboard-review");
            waitForText("#onboard-area", "Other devices already covering this area (" + area + "): 1. Each one there earns 71 %");
            shot("4-review-shared-area");
        }
    }

    @Test
    void theKeyboardAloneOnboardsADevice() throws Exception {
        try (OnboardingNet devices = OnboardingNet.start(devicesFolder)) {
            aliceWallet();
            openOn(devices.profile());
            // The navigation is one group: the arrow keys move along it, Space opens the screen.
            for (int presses = 0; presses < 10 && !"nav-onboard".equals(focusedId()); presses++) {
                robot.press(KeyCode.DOWN).release(KeyCode.DOWN);
                WaitForAsyncUtils.waitForFxEvents();
            }
            assertThat(focusedId()).isEqualTo("nav-onboard");
            robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
            WaitForAsyncUtils.waitForFxEvents();

            assertThat(focusedId()).as("the port field takes the focus").isEqualTo("onboard-port");
            robot.write(devices.port()).press(KeyCode.ENTER).release(KeyCode.ENTER);
            waitFor("#onboard-verified");
            enter();
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(focusedId()).isEqualTo("onboard-name");
            robot.write("Balcony sensor").press(KeyCode.TAB).release(KeyCode.TAB).write("48.137")
                    .press(KeyCode.TAB).release(KeyCode.TAB).write("11.575");
            enter();
            waitFor("#onboard-password");
            assertThat(focusedId()).isEqualTo("onboard-password");
            robot.write(PASSWORD);
            enter();
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#onboard-register").tryQuery()
                    .filter(node -> !node.isDisabled()).isPresent());
            enter();

            waitForText("#onboard-registered", "“Balcony sensor” is registered.");
            waitForText("#onboard-heartbeat", "it is earning now");
            assertThat(devices.chain().ownerOf(devices.deviceAddress())).isEqualToIgnoringCase(OracleTestNet.ALICE.getAddress());
        }
    }

    @Test
    void aDeviceUnpluggedMidWayIsToldAndOnboardedOncePluggedBackIn() throws Exception {
        try (OnboardingNet devices = OnboardingNet.start(devicesFolder)) {
            aliceWallet();
            openOn(devices.profile());
            toTheReview(devices, "Roof antenna");
            type("#onboard-password", PASSWORD);
            robot.clickOn("#onboard-unlock");
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#onboard-register").tryQuery()
                    .filter(node -> !node.isDisabled()).isPresent());

            devices.unplug();
            robot.clickOn("#onboard-register");
            waitForText("#onboard-feedback", "The device went away. Plug it in again");
            shot("unplugged");
            assertThat(devices.chain().ownerOf(devices.deviceAddress())).as("nothing sent").isEqualTo("0x" + "0".repeat(40));

            devices.plugBackIn();
            robot.clickOn("#onboard-start-over");
            type("#onboard-port", devices.port());
            robot.clickOn("#onboard-connect");
            waitFor("#onboard-verified");
            robot.clickOn("#onboard-continue");
            robot.clickOn("#onboard-review");
            waitFor("#onboard-register");
            robot.clickOn("#onboard-register");
            waitForText("#onboard-registered", "“Roof antenna” is registered.");
            assertThat(devices.chain().ownerOf(devices.deviceAddress())).isEqualToIgnoringCase(OracleTestNet.ALICE.getAddress());
        }
    }

    @Test
    void closingTheAppMidWayGoesOnWhereItWasAndRegistersOnce() throws Exception {
        try (OnboardingNet devices = OnboardingNet.start(devicesFolder)) {
            aliceWallet();
            openOn(devices.profile());
            toTheReview(devices, "Garden node");
            close();

            openOn(devices.profile());
            robot.clickOn("#nav-onboard");
            waitFor("#onboard-password");
            assertThat(this.<Label>lookup("#onboard-fact-0").getText()).isEqualTo(devices.deviceAddress());
            assertThat(this.<Label>lookup("#onboard-feedback").getText()).isEqualTo("Going on with Garden node where you left off.");
            shot("resumed");
            BigInteger nonce = devices.chain().nonce(OracleTestNet.ALICE);
            type("#onboard-password", PASSWORD);
            robot.clickOn("#onboard-unlock");
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#onboard-register").tryQuery()
                    .filter(node -> !node.isDisabled()).isPresent());
            robot.clickOn("#onboard-register");
            waitForText("#onboard-registered", "“Garden node” is registered.");
            assertThat(devices.chain().nonce(OracleTestNet.ALICE)).as("one registration").isEqualTo(nonce.add(BigInteger.ONE));
        }
    }

    // By mouse, from the navigation to the review of a device named {@code name} in Berlin; the wallet is locked.
    private void toTheReview(OnboardingNet devices, String name) throws Exception {
        robot.clickOn("#nav-onboard");
        type("#onboard-port", devices.port());
        robot.clickOn("#onboard-connect");
        waitFor("#onboard-verified");
        robot.clickOn("#onboard-continue");
        type("#onboard-name", name);
        type("#onboard-lat", "52.52");
        type("#onboard-lon", "13.405");
        robot.clickOn("#onboard-review");
        waitFor("#onboard-password");
    }

    private String focusedId() {
        Node focused = stage.getScene().getFocusOwner();
        return focused == null ? "" : String.valueOf(focused.getId());
    }

    private void enter() {
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
    }
}
