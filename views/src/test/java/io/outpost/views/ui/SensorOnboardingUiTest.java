package io.outpost.views.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.outpost.app.sensors.HostKeys;
import io.outpost.devnet.OnboardingNet;
import io.outpost.devnet.OracleTestNet;
import io.outpost.wallet.keys.PrivateKey;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An SDS011 air-quality sensor (emulated, on a pty) onboarded in the real window: it has no key, so the wizard
 * says plainly that this computer signs for it (host-attested), shows its live readings, makes its key from the
 * owner's once the wallet is unlocked, registers it and delivers a heartbeat it signed for it.
 */
class SensorOnboardingUiTest extends DesktopUiTest {
    private static final String PASSWORD = "a long password";

    @TempDir
    Path devicesFolder;

    private void aliceWallet() throws Exception {
        importKey(aliceKey(), PASSWORD);
    }

    // ALICE's wallet, the window on the devnet, the wizard told the sensor's port.
    private void openWithTheSensorTyped(OnboardingNet devices) throws Exception {
        aliceWallet();
        openOn(devices.profile());
        robot.clickOn("#nav-onboard");
        type("#onboard-port", devices.sensor().port());
        robot.clickOn("#onboard-connect");
    }

    // From the place step, named and placed, to the review (the wallet is locked).
    private void toTheReview(String name, String lat, String lon) throws Exception {
        type("#onboard-name", name);
        type("#onboard-lat", lat);
        type("#onboard-lon", lon);
        robot.clickOn("#onboard-review");
        waitFor("#onboard-password");
    }

    private static byte[] aliceKey() {
        return HexFormat.of().parseHex(String.format("%064x", OracleTestNet.ALICE.getEcKeyPair().getPrivateKey()));
    }

    // The address the sensor gets: its key made from ALICE's and its id (A160), as documented.
    private static String sensorAddress() {
        try (PrivateKey alice = PrivateKey.of(aliceKey())) {
            return HostKeys.derive(alice, "sds011:A160").address().value();
        }
    }

    @Test
    void aSensorIsOnboardedHostAttestedAndAPulledCableIsToldAndSurvived() throws Exception {
        try (OnboardingNet devices = OnboardingNet.start(devicesFolder)) {
            openWithTheSensorTyped(devices);
            waitForText("#onboard-verified", "Host-attested: this sensor has no key of its own.");
            assertThat(this.<Label>lookup("#onboard-fact-0").getText()).isEqualTo("Nova Fitness SDS011");
            assertThat(this.<Label>lookup("#onboard-fact-1").getText()).isEqualTo("A160");
            String first = this.<Label>lookup("#onboard-reading").getText();
            assertThat(first).startsWith("Now: PM2.5 ").contains(" µg/m³ · PM10 ");
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !this.<Label>lookup("#onboard-reading").getText().equals(first));
            shot("sensor-2-identified");
            robot.clickOn("#onboard-continue");
            toTheReview("Balcony air", "52.52", "13.405");
            assertThat(this.<Label>lookup("#onboard-fact-0").getText()).isEqualTo("Made from your wallet once it is unlocked");
            assertThat(this.<Label>lookup("#onboard-fact-1").getText()).isEqualTo("Host-attested (signed by this computer)");
            type("#onboard-password", PASSWORD);
            robot.clickOn("#onboard-unlock");
            waitForText("#onboard-fact-0", sensorAddress());
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#onboard-register").tryQuery()
                    .filter(node -> !node.isDisabled()).isPresent());
            shot("sensor-4-review");

            devices.sensor().unplug();
            WaitForAsyncUtils.sleep(2, TimeUnit.SECONDS);
            robot.clickOn("#onboard-register");
            waitForText("#onboard-feedback", "The device went away. Plug it in again");
            assertThat(devices.chain().ownerOf(sensorAddress())).as("nothing sent").isEqualTo("0x" + "0".repeat(40));

            devices.sensor().plugBackIn();
            // The wizard still holds the port: once the sensor reads again, signing goes on from the review.
            WaitForAsyncUtils.sleep(3, TimeUnit.SECONDS);
            robot.clickOn("#onboard-register");
            waitForText("#onboard-registered", "“Balcony air” is registered. Transaction 0x");
            waitForText("#onboard-heartbeat", "The network accepted its first heartbeat: it is earning now.");
            assertThat(this.<Label>lookup("#onboard-host-note").getText()).startsWith("Outpost signs for this sensor");
            shot("sensor-5-done");
            assertThat(devices.chain().ownerOf(sensorAddress())).isEqualToIgnoringCase(OracleTestNet.ALICE.getAddress());
        }
    }

    @Test
    void closedMidWayTheWizardGoesOnWithTheSensorByKeyboardAndRegistersOnce() throws Exception {
        try (OnboardingNet devices = OnboardingNet.start(devicesFolder)) {
            openWithTheSensorTyped(devices);
            waitFor("#onboard-verified");
            robot.clickOn("#onboard-continue");
            toTheReview("Window sensor", "48.137", "11.575");
            close();

            openOn(devices.profile());
            robot.clickOn("#nav-onboard");
            waitFor("#onboard-password");
            assertThat(this.<Label>lookup("#onboard-feedback").getText()).isEqualTo("Going on with Window sensor where you left off.");
            BigInteger nonce = devices.chain().nonce(OracleTestNet.ALICE);
            robot.clickOn("#onboard-password");
            robot.write(PASSWORD).press(KeyCode.ENTER).release(KeyCode.ENTER);
            waitForText("#onboard-fact-0", sensorAddress());
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#onboard-register").tryQuery()
                    .filter(node -> !node.isDisabled() && node.isFocused()).isPresent());
            robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
            waitForText("#onboard-registered", "“Window sensor” is registered.");
            assertThat(devices.chain().nonce(OracleTestNet.ALICE)).as("one registration").isEqualTo(nonce.add(BigInteger.ONE));
        }
    }
}
